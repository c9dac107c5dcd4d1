/**
 * The spelling-tolerant pass: Fuse scores a chosen few profiles, on their records of the prebuilt
 * index. A profile's Fuse score depends on its own record only, so each score is the one a
 * search over every profile would give it.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';

/** Best Fuse score over `forms` of each profile in `positions` that matches, by position. */
export type FuzzyPass = (
  positions: readonly number[],
  forms: readonly string[],
) => Map<number, number>;

export function createFuzzyPass(
  docs: readonly SearchDoc[],
  index: FuseIndex<SearchDoc>,
): FuzzyPass {
  const recordAt = new Map(index.records.map((record) => [record.i, record]));
  const fuse = new Fuse(docs, SEARCH_OPTIONS, index);
  return (positions, forms) => {
    const scores = new Map<number, number>();
    const records = positions.flatMap((position) => recordAt.get(position) ?? []);
    if (records.length === 0) return scores;
    fuse.setCollection(docs, Fuse.parseIndex<SearchDoc>({ keys: index.keys, records }));
    for (const form of forms) {
      for (const result of fuse.search(form)) {
        const score = result.score ?? 1;
        const previous = scores.get(result.refIndex);
        if (previous === undefined || score < previous) scores.set(result.refIndex, score);
      }
    }
    return scores;
  };
}
