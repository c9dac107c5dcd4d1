/**
 * Search over the profiles as the reader types. A prefix pass finds every profile with a word
 * starting with the query (in any of its forms); when it finds fewer than asked for, Fuse scores
 * the profiles sharing the most trigrams with the query, on the index prebuilt at data build time,
 * to add spelling-tolerant matches. Prefix matches come before spelling-tolerant ones; within
 * each, North Korean officials and forums come before context entries when scores are close.
 */
import type { FuseIndex } from 'fuse.js';
import type { SearchDoc } from '@/utils/search/fields';
import { createFuzzyPass } from '@/utils/search/fuzzy-pass';
import { buildPrefixIndex, prefixMatches, type PrefixLevel } from '@/utils/search/prefix-index';
import { queryForms } from '@/utils/search/query-forms';
import { createRanking } from '@/utils/search/ranking';
import { searchableValues } from '@/utils/search/searchable-values';
import { buildTrigramIndex, nearestDocs } from '@/utils/search/trigram-index';

export interface SearchHit {
  id: string;
  name: string;
  /** 0 is a perfect match; the rank nudge is included. */
  score: number;
}

export type Search = (query: string, limit?: number) => SearchHit[];

export { RANK_SPREAD } from '@/utils/search/ranking';

const DEFAULT_LIMIT = 20;

/**
 * Score of a prefix match by level (exact, spelling start, spelling word, role or organisation
 * start, later word). Spellings stay within RANK_SPREAD of each other, so the rank decides between
 * them; roles and organisations score more than RANK_SPREAD above any spelling.
 */
const PREFIX_SCORES: Record<PrefixLevel, number> = [0, 0.01, 0.02, 0.2, 0.21];

/**
 * Added to a prefix match found only through another form of the query (its canonical
 * romanization), so what the reader typed comes first among close matches ("kim y": Kim Yo Jong
 * before Kim Ryong Nam, found through "kim ry").
 */
const OTHER_FORM_PENALTY = 0.005;

/** Added to Fuse's score (0–1), so spelling-tolerant matches come after every prefix match. */
const FUZZY_BASE = 0.4;

/** Fuse allows no error below three characters, so shorter queries only get the prefix pass. */
export const MIN_FUZZY_LENGTH = 3;

const FUZZY_WORK = 240;
const MIN_FUZZY_CANDIDATES = 4;

/**
 * How many profiles Fuse scores to fill `missing` places of the list with a query `length`
 * characters long: twice the places left, and fewer as the query grows, since Fuse's work on a
 * profile grows with the query (it allows an error per 2.5 characters).
 */
export function fuzzyCandidates(missing: number, length: number): number {
  return Math.min(2 * missing, Math.max(MIN_FUZZY_CANDIDATES, Math.floor(FUZZY_WORK / length)));
}

export function createSearch(
  docs: readonly SearchDoc[],
  index: FuseIndex<SearchDoc>,
  canonical: (name: string) => string,
): Search {
  const values = searchableValues(docs);
  const prefixIndex = buildPrefixIndex(values);
  const trigramIndex = buildTrigramIndex(values, docs.length);
  const fuzzyPass = createFuzzyPass(docs, index);
  const rank = createRanking(docs);

  return (query, limit = DEFAULT_LIMIT) => {
    const forms = queryForms(query, canonical);
    const scores = new Map<number, number>();
    forms.forEach((form, place) => {
      const penalty = place === 0 ? 0 : OTHER_FORM_PENALTY;
      for (const [position, level] of prefixMatches(prefixIndex, form))
        keepBest(scores, position, PREFIX_SCORES[level] + penalty);
    });
    const longest = Math.max(0, ...forms.map((form) => form.length));
    if (scores.size < limit && longest >= MIN_FUZZY_LENGTH) {
      const candidates = nearestDocs(
        trigramIndex,
        forms,
        fuzzyCandidates(limit - scores.size, longest),
        new Set(scores.keys()),
      );
      for (const [position, score] of fuzzyPass(candidates, forms))
        keepBest(scores, position, FUZZY_BASE + score);
    }
    return rank(scores, limit).map(({ position, score }) => {
      const doc = docs[position] as SearchDoc;
      return { id: doc.id, name: doc.name, score };
    });
  };
}

function keepBest(scores: Map<number, number>, position: number, score: number): void {
  const previous = scores.get(position);
  if (previous === undefined || score < previous) scores.set(position, score);
}
