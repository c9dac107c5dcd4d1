/**
 * Every spelling of an entity as a sequence of matching units, the form the matcher stores.
 * Latin aliases are compared case-insensitively, syllable by syllable; acronyms exactly, case
 * included. A one-word alias written in capitals ("UNGA") counts as an acronym, and so does a word
 * in capitals inside a longer alias ("UN" in "UN Security Council").
 */
import type { MatcherEntity } from '@/utils/recognition/types';
import { type Token, tokenize } from '@/utils/recognition/tokenize';
import { PUNCTUATION_UNIT } from '@/utils/recognition/trie';
import { claimMarks, claimOf, CONTINUES_WORD } from '@/utils/recognition/unit-codes';
import { acronymUnit, UnitCache } from '@/utils/recognition/units';

export type AliasKind = 'alias' | 'acronym' | 'hangul';

export interface CompiledAlias {
  alias: string;
  kind: AliasKind;
  /** Every reading of the alias as units (several when a joined word is ambiguous). */
  readings: string[][];
  /**
   * The same readings as the trie stores them, units joined by spaces: each unit that continues
   * the word of the unit before it is marked ("Putin" → "po +tin").
   */
  keys: string[];
  /**
   * False when a mention could not cover the alias as written: no word at all, or punctuation
   * before the first or after the last word ("Foreign Ministry (North Korea)"), but for the
   * period that ends an abbreviation ("U.N."). Such aliases are still compiled, without their
   * outer punctuation.
   */
  matchable: boolean;
}

const MAX_READINGS = 8;
/** A word in capitals ("UN", "DPRK"): compared as written, never read as syllables. */
export const CAPITALS_WORD = /^[A-Z][A-Z0-9]+$/;
const POSSESSIVE_OR_NOTHING = /^(['’ʼ][sS]?)?$/;
const CAPITALS_LETTER = /^[A-Z]$/;
const SPACES_AND_DELETED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** The period after the last letter of an abbreviation: "U.N." ends with it. */
export const PERIOD = '.';

/** Whether `after`, the text of an alias after its last word, is an abbreviation's period. */
function endsAbbreviation(last: Token, after: string): boolean {
  return after === PERIOD && last.clean.length === 1 && CAPITALS_LETTER.test(last.clean);
}

/**
 * The unit for punctuation between two words ("United Nations (UN) General Assembly", "U.N."):
 * a name spans punctuation only where its alias has the same punctuation.
 */
export function punctuationUnit(gap: string): string {
  return PUNCTUATION_UNIT + gap.replace(SPACES_AND_DELETED, '');
}

/** Every reading followed by one of `options` (the usual case: exactly one). */
function extend(readings: string[][], options: readonly string[][]): string[][] {
  const extended: string[][] = [];
  for (const reading of readings) {
    for (const option of options) {
      if (extended.length < MAX_READINGS) extended.push([...reading, ...option]);
    }
  }
  return extended;
}

/**
 * Reads an alias: its readings (none for an alias without words), and whether it is compared as
 * an acronym.
 */
function readAlias(
  alias: string,
  kind: AliasKind,
  cache: UnitCache,
): { marked: string[][]; exact: boolean; tokens: Token[] } {
  const tokens = tokenize(alias);
  const exact = kind === 'acronym' || (tokens.length === 1 && CAPITALS_WORD.test(tokens[0]!.clean));
  let readings: string[][] = tokens.length ? [[]] : [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1];
    if (previous && token.before === 'break') {
      const gap = punctuationUnit(alias.slice(previous.end, token.start));
      readings = extend(readings, [[gap]]);
    }
    // A word in capitals ("UN" in "UN Security Council") is compared exactly too: read as
    // syllables, "UN" would also match the preposition "on".
    const options =
      exact || CAPITALS_WORD.test(token.clean)
        ? [[acronymUnit(token.clean)]]
        : cache.of(token).readings.map(markContinuations);
    readings = extend(readings, options);
  }
  const last = tokens.at(-1);
  if (last && endsAbbreviation(last, alias.slice(last.end).trim())) {
    readings = extend(readings, [[punctuationUnit(PERIOD)]]);
  }
  return { marked: readings, exact, tokens };
}

/** A word's units with every unit after the first marked as continuing the word. */
function markContinuations(units: readonly string[]): string[] {
  return units.map((unit, index) => (index === 0 ? unit : CONTINUES_WORD + unit));
}

const unmarked = (unit: string): string =>
  unit.startsWith(CONTINUES_WORD) ? unit.slice(CONTINUES_WORD.length) : unit;

export function compileAlias(alias: string, kind: AliasKind, cache: UnitCache): CompiledAlias {
  const { marked, exact, tokens } = readAlias(alias, kind, cache);
  const last = tokens.at(-1);
  const matchable =
    last !== undefined &&
    (tokens[0]!.start === 0 || alias.slice(0, tokens[0]!.start).trim() === '') &&
    (last.end === alias.length ||
      POSSESSIVE_OR_NOTHING.test(alias.slice(last.end).trim()) ||
      endsAbbreviation(last, alias.slice(last.end).trim()));
  return {
    alias,
    kind: exact ? 'acronym' : kind,
    readings: marked.map((units) => units.map(unmarked)),
    keys: marked.map(unitsKey),
    matchable,
  };
}

/** All spellings of one entity, compiled. */
export function compileEntityAliases(entity: MatcherEntity, cache: UnitCache): CompiledAlias[] {
  const compiled: CompiledAlias[] = [];
  forEachSpelling(entity, (alias, kind) => compiled.push(compileAlias(alias, kind, cache)));
  return compiled;
}

/** Every spelling of an entity once, with its kind: name, other aliases, acronyms, Hangul. */
export function forEachSpelling(
  entity: MatcherEntity,
  visit: (alias: string, kind: AliasKind) => void,
): void {
  visit(entity.name, 'alias');
  for (const alias of entity.aliases) if (alias !== entity.name) visit(alias, 'alias');
  for (const alias of entity.acronyms) visit(alias, 'acronym');
  for (const alias of entity.hangul) visit(alias, 'hangul');
}

/** The lookup key of a unit sequence. */
export function unitsKey(units: readonly string[]): string {
  return units.join(' ');
}

/**
 * Two keys of the same units, marked as one: a unit continues a word only where it does in both,
 * and the reading keeps a claim mark (generic, ambiguous) only if both have it. The trie keeps one
 * path for both, and a page may split an alias's word into lowercase words only where no alias of
 * that path starts a word.
 */
export function mergeKeys(a: string, b: string): string {
  const left = claimOf(a);
  const right = claimOf(b);
  const rightUnits = right.path.split(' ');
  const merged = left.path
    .split(' ')
    .map((unit, index) => (unit === rightUnits[index] ? unit : unmarked(unit)));
  return claimMarks(left.flags & right.flags) + merged.join(' ');
}

/** A marked key without its marks: the units alone. */
export function unmarkedKey(key: string): string {
  return unitsKey(claimOf(key).path.split(' ').map(unmarked));
}

/**
 * The key with claim marks (see unit-codes.ts): `GENERIC` for a generic alias, one that is another
 * alias of the same entity without its qualifier ("Security Council" beside "UN Security
 * Council"), refused where a capitalised word qualifies it otherwise ("National Security
 * Council"): see `Trie.generic`; `AMBIGUOUS` for an acronym that means something else outside
 * this subject: see `Trie.ambiguous`.
 */
export function markedKey(key: string, flags: number): string {
  return claimMarks(flags) + key;
}

/**
 * Whether an alias's units end another alias's, which has more before them ("DPRK Foreign
 * Ministry", "Foreign Ministry"), or start it, followed by one of `links` and more ("UN office in
 * Seoul", "UN office"). `links`: the unit keys of the link words (see owners.ts).
 */
export function qualifies(longer: string, shorter: string, links: readonly string[]): boolean {
  return (
    longer.endsWith(` ${shorter}`) || links.some((link) => longer.startsWith(`${shorter} ${link} `))
  );
}
