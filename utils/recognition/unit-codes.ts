/**
 * Readings as the page receives them: every distinct unit listed once in a table, and each
 * reading written as one character per unit, the character standing for the unit's number in the
 * table, after a `+` when the unit continues the word of the unit before it; a reading may start
 * with claim marks (`!` generic, `?` ambiguous). A page then builds its trie from character codes,
 * without cutting or hashing a string per unit, and the bundled text is a fraction of the
 * readings written out.
 */
import type { PrecompiledEntity } from '@/utils/recognition/recognizer';

/** Entities whose readings are coded against `units`. */
export interface CodedEntities {
  units: readonly string[];
  entities: Iterable<PrecompiledEntity>;
}

/**
 * Marks a unit of a reading that continues the word of the unit before it ("Putin" → "po +tin"),
 * in readings written out and in coded ones: no unit starts with it, and no unit's character is it.
 */
export const CONTINUES_WORD = '+';

/**
 * Starts a reading of a generic alias, one that another alias of its entity qualifies ("Security
 * Council" beside "UN Security Council"), written out and coded alike.
 */
export const GENERIC_READING = '!';

/**
 * Starts a reading of an ambiguous acronym, one that means something else outside this subject
 * ("CNN"), after the generic mark if there is one; written out and coded alike.
 */
export const AMBIGUOUS_READING = '?';

/** Claim flags: what a reading's marks say of the entity's claim on the trie path it ends. */
export const GENERIC = 1;
export const AMBIGUOUS = 2;

/** The claim flag a character code marks, or 0 when it is no mark. */
export function markFlag(code: number): number {
  if (code === GENERIC_READING.charCodeAt(0)) return GENERIC;
  return code === AMBIGUOUS_READING.charCodeAt(0) ? AMBIGUOUS : 0;
}

/** A reading's claim flags, and the reading without its marks. */
export function claimOf(reading: string): { flags: number; path: string } {
  let flags = 0;
  let index = 0;
  for (let flag; index < reading.length && (flag = markFlag(reading.charCodeAt(index))) !== 0;) {
    flags |= flag;
    index++;
  }
  return { flags, path: reading.slice(index) };
}

/** The marks that start a reading with these claim flags. */
export function claimMarks(flags: number): string {
  return (flags & GENERIC ? GENERIC_READING : '') + (flags & AMBIGUOUS ? AMBIGUOUS_READING : '');
}

/** The first unit's character: past ASCII and Latin-1, so never a tab, a line break or a space. */
const FIRST = 0x100;
/** U+2028 and U+2029 end lines in some readers of JavaScript: never used as a unit's character. */
const LINE_SEPARATORS = 0x2028;
const AFTER_SEPARATORS = 0x202a;
/** Surrogates start here: a unit's character stays below, so it is always a whole character. */
const SURROGATES = 0xd800;

export const MAX_UNITS = SURROGATES - FIRST - (AFTER_SEPARATORS - LINE_SEPARATORS);

/** The character standing for unit number `unit`. */
export function unitCharacter(unit: number): string {
  const code = FIRST + unit;
  return String.fromCharCode(code < LINE_SEPARATORS ? code : code + 2);
}

/** The unit number a character code stands for. */
export function unitNumber(code: number): number {
  return code < AFTER_SEPARATORS ? code - FIRST : code - FIRST - 2;
}

/**
 * Codes the readings (units joined by spaces) of `entities` against one table of their units,
 * numbered in the order they first appear.
 */
export function codeEntities(entities: Iterable<PrecompiledEntity>): {
  units: string[];
  entities: PrecompiledEntity[];
} {
  const numbers = new Map<string, number>();
  const units: string[] = [];
  const coded = [...entities].map((entity) => ({
    ...entity,
    readings: entity.readings.map((reading) => {
      const { flags, path } = claimOf(reading);
      let characters = claimMarks(flags);
      for (const written of path.split(' ')) {
        const continues = written.startsWith(CONTINUES_WORD);
        const unit = continues ? written.slice(CONTINUES_WORD.length) : written;
        if (continues) characters += CONTINUES_WORD;
        let number = numbers.get(unit);
        if (number === undefined) {
          if (units.length === MAX_UNITS) {
            throw new Error(`${entity.id}: more than ${MAX_UNITS} distinct units in the readings`);
          }
          number = units.push(unit) - 1;
          numbers.set(unit, number);
        }
        characters += unitCharacter(number);
      }
      return characters;
    }),
  }));
  return { units, entities: coded };
}

/** A coded reading written out again: its units joined by spaces, continuations marked. */
export function decodeReading(coded: string, units: readonly string[]): string {
  const { flags, path } = claimOf(coded);
  const written: string[] = [];
  let mark = '';
  for (const character of path) {
    if (character === CONTINUES_WORD) {
      mark = CONTINUES_WORD;
      continue;
    }
    written.push(mark + units[unitNumber(character.charCodeAt(0))]!);
    mark = '';
  }
  return claimMarks(flags) + written.join(' ');
}
