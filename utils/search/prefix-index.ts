/**
 * Every word start of every searchable value, filed under its first one and two characters, so a
 * query finds the profiles with a word starting with it by reading one small bucket instead of
 * running the fuzzy matcher over every profile.
 */
import type { SearchableValue } from '@/utils/search/searchable-values';

/** How a query meets a profile's value, best first. */
export const PrefixLevel = {
  /** A name, spelling or Hangul spelling equals the query. */
  exact: 0,
  /** A name, spelling or Hangul spelling starts with the query. */
  spellingStart: 1,
  /** A later word of a name, spelling or Hangul spelling starts with the query. */
  spellingWord: 2,
  /** A role or organisation starts with the query. */
  contextStart: 3,
  /** A later word of a role or organisation starts with the query. */
  contextWord: 4,
} as const;

export type PrefixLevel = (typeof PrefixLevel)[keyof typeof PrefixLevel];

interface Entry {
  /** The value from one word start to its end. */
  text: string;
  value: SearchableValue;
  /** Whether `text` is the whole value. */
  whole: boolean;
}

export interface PrefixIndex {
  /** How many profiles the values belong to. */
  profiles: number;
  /** Entries by the first character of their text. */
  byFirst: Map<string, Entry[]>;
  /** Entries by the first two characters of their text (texts of two or more characters). */
  byFirstTwo: Map<string, Entry[]>;
}

export function buildPrefixIndex(
  values: readonly SearchableValue[],
  profiles: number,
): PrefixIndex {
  const index: PrefixIndex = { profiles, byFirst: new Map(), byFirstTwo: new Map() };
  for (const value of values) {
    for (let start = 0; start >= 0;) {
      const text = start === 0 ? value.text : value.text.slice(start);
      const entry: Entry = { text, value, whole: start === 0 };
      file(index.byFirst, text.slice(0, 1), entry);
      if (text.length >= 2) file(index.byFirstTwo, text.slice(0, 2), entry);
      const space = value.text.indexOf(' ', start);
      start = space < 0 ? -1 : space + 1;
    }
  }
  return index;
}

/**
 * The best level at which each profile meets `form` (folded), by profile position: every profile
 * with a word starting with `form` is there.
 */
export function prefixMatches(index: PrefixIndex, form: string): Map<number, PrefixLevel> {
  if (form.length === 0) return new Map();
  const bucket =
    form.length === 1 ? index.byFirst.get(form) : index.byFirstTwo.get(form.slice(0, 2));
  // A profile meets the query through many values (its spellings share their first words), so
  // the best level is kept in an array and the profiles listed the first time they are met.
  const best = new Uint8Array(index.profiles).fill(UNMET);
  const met: number[] = [];
  const meet = (positions: readonly number[], level: PrefixLevel) => {
    for (const position of positions) {
      const previous = best[position] ?? UNMET;
      if (previous === UNMET) met.push(position);
      if (level < previous) best[position] = level;
    }
  };
  for (const { text, value, whole } of bucket ?? []) {
    if (!text.startsWith(form)) continue;
    const spelling = !whole
      ? PrefixLevel.spellingWord
      : text.length === form.length
        ? PrefixLevel.exact
        : PrefixLevel.spellingStart;
    meet(value.spellingOf, spelling);
    meet(value.contextOf, whole ? PrefixLevel.contextStart : PrefixLevel.contextWord);
  }
  return new Map(met.map((position) => [position, (best[position] ?? UNMET) as PrefixLevel]));
}

const UNMET = 255;

function file(buckets: Map<string, Entry[]>, key: string, entry: Entry): void {
  const bucket = buckets.get(key);
  if (bucket) bucket.push(entry);
  else buckets.set(key, [entry]);
}
