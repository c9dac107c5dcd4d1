/**
 * Which profiles have a value sharing the most three-character sequences with a query: the few
 * worth handing to the spelling-tolerant matcher. A misspelled name keeps most of its trigrams
 * ("choe sonhiu" shares "cho", "hoe", "son", "onh"… with "choe sonhui"), so its profile is among
 * them.
 */
import type { SearchableValue } from '@/utils/search/searchable-values';

export interface TrigramIndex {
  values: readonly SearchableValue[];
  /** Trigram → indexes in `values` of the values having it, each once. */
  postings: Map<string, number[]>;
  /** How many profiles the values belong to. */
  profiles: number;
}

export function buildTrigramIndex(
  values: readonly SearchableValue[],
  profiles: number,
): TrigramIndex {
  const postings = new Map<string, number[]>();
  values.forEach(({ text }, valueIndex) => {
    for (let start = 0; start + 3 <= text.length; start++) {
      const trigram = text.slice(start, start + 3);
      const list = postings.get(trigram);
      if (!list) postings.set(trigram, [valueIndex]);
      else if (list[list.length - 1] !== valueIndex) list.push(valueIndex);
    }
  });
  return { values, postings, profiles };
}

/**
 * Up to `count` profile positions, those with a value sharing the most distinct trigrams with
 * `forms` (folded), at least one; between profiles sharing as many, the earlier position first.
 * Positions in `skip` are left out.
 */
export function nearestDocs(
  index: TrigramIndex,
  forms: readonly string[],
  count: number,
  skip: ReadonlySet<number>,
): number[] {
  const queryTrigrams = new Set(forms.flatMap(trigrams));
  const sharedByValue = new Uint16Array(index.values.length);
  const touched: number[] = [];
  for (const trigram of queryTrigrams) {
    for (const valueIndex of index.postings.get(trigram) ?? []) {
      if (sharedByValue[valueIndex] === 0) touched.push(valueIndex);
      sharedByValue[valueIndex] = (sharedByValue[valueIndex] ?? 0) + 1;
    }
  }
  // Values by how many trigrams they share: a profile first met at a level shares that many.
  const valuesByShared: number[][] = Array.from({ length: queryTrigrams.size + 1 }, () => []);
  for (const valueIndex of touched)
    valuesByShared[sharedByValue[valueIndex] ?? 0]?.push(valueIndex);
  const met = new Uint8Array(index.profiles);
  const nearest: number[] = [];
  for (let shared = queryTrigrams.size; shared > 0 && nearest.length < count; shared--) {
    const level: number[] = [];
    const meet = (positions: readonly number[]) => {
      for (const position of positions) {
        if (met[position] === 1 || skip.has(position)) continue;
        met[position] = 1;
        level.push(position);
      }
    };
    for (const valueIndex of valuesByShared[shared] ?? []) {
      const value = index.values[valueIndex] as SearchableValue;
      meet(value.spellingOf);
      meet(value.contextOf);
    }
    level.sort((a, b) => a - b);
    nearest.push(...level.slice(0, count - nearest.length));
  }
  return nearest;
}

/** The distinct three-character sequences of `text`, spaces included. */
export function trigrams(text: string): string[] {
  const found = new Set<string>();
  for (let start = 0; start + 3 <= text.length; start++) found.add(text.slice(start, start + 3));
  return [...found];
}
