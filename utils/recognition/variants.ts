/**
 * Spellings of a name generated syllable by syllable from the spelling classes: "Choe Son Hui"
 * → "Choi Son Hui", "Choe Seon Hui", "Choe Son Hee", ... Used by the search index and the tests.
 */
import { foldHangulSyllable } from '@/utils/recognition/hangul';
import { splitSyllables, syllableSpellings } from '@/utils/recognition/syllables';
import { tokenize } from '@/utils/recognition/tokenize';
import { foldLatin, isCapitalised } from '@/utils/recognition/units';

/** Longer words ("Korea", "General") only look Korean by accident: they are left as written. */
const MAX_VARIED_SYLLABLES = 2;

interface Slot {
  /** Spellings to choose from, usual first. */
  choices: string[];
  /** Text written before this slot's spelling ("", " ", "-"). */
  prefix: string;
  capitalise: boolean;
}

function slotsOf(name: string): Slot[] {
  const slots: Slot[] = [];
  tokenize(name).forEach((token, index) => {
    const prefix = index === 0 ? '' : token.before === 'hyphen' ? '-' : ' ';
    const capitalise = isCapitalised(token.clean);
    const syllables = token.hangul ? undefined : splitSyllables(foldLatin(token.clean))[0];
    if (!syllables || syllables.length > MAX_VARIED_SYLLABLES) {
      const folded = token.hangul ? [...token.clean].map(foldHangulSyllable).join('') : token.clean;
      slots.push({ choices: [...new Set([token.clean, folded])], prefix, capitalise: false });
      return;
    }
    syllables.forEach((parts, position) =>
      slots.push({
        choices: syllableSpellings(parts),
        prefix: position === 0 ? prefix : '',
        capitalise: capitalise && position === 0,
      }),
    );
  });
  return slots;
}

/** Every choice of one spelling per slot whose choice indices add up to `rank`. */
function* combinations(slots: Slot[], rank: number, from = 0): Generator<number[]> {
  if (from === slots.length) {
    if (rank === 0) yield [];
    return;
  }
  const count = slots[from]!.choices.length;
  for (let choice = 0; choice < count && choice <= rank; choice++) {
    for (const rest of combinations(slots, rank - choice, from + 1)) yield [choice, ...rest];
  }
}

function spell(slots: Slot[], choices: number[]): string {
  return slots
    .map((slot, index) => {
      const spelling = slot.choices[choices[index]!] ?? '';
      const cased = slot.capitalise
        ? spelling.charAt(0).toUpperCase() + spelling.slice(1)
        : spelling;
      return slot.prefix + cased;
    })
    .join('');
}

/**
 * Up to `limit` other spellings of `name`, the closest to the usual spelling first (one syllable
 * changed before two). The name itself is not included. All share its `canonicalForm`.
 */
export function romanizationVariants(name: string, limit = 12): string[] {
  const slots = slotsOf(name);
  const maxRank = slots.reduce((sum, slot) => sum + slot.choices.length - 1, 0);
  const seen = new Set([foldLatin(name)]);
  const variants: string[] = [];
  for (let rank = 0; rank <= maxRank && variants.length < limit; rank++) {
    for (const choices of combinations(slots, rank)) {
      const variant = spell(slots, choices);
      if (seen.has(foldLatin(variant))) continue;
      seen.add(foldLatin(variant));
      variants.push(variant);
      if (variants.length === limit) break;
    }
  }
  return variants;
}
