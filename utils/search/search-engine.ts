/**
 * Fuzzy search over the profiles, on the index prebuilt at data build time (the extension never
 * builds one). Every query form is searched; each profile keeps its best score; North Korean
 * officials and forums come before context entries when their scores are close.
 */
import Fuse, { type FuseIndex } from 'fuse.js';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { foldQuery, queryForms } from '@/utils/search/query-forms';

export interface SearchHit {
  id: string;
  name: string;
  /** 0 is a perfect match; the rank nudge is included. */
  score: number;
}

export type Search = (query: string, limit?: number) => SearchHit[];

/** How far apart two match scores may be for the rank to decide between them. */
export const RANK_SPREAD = 0.1;

const DEFAULT_LIMIT = 20;

export function createSearch(
  docs: readonly SearchDoc[],
  index: FuseIndex<SearchDoc>,
  canonical: (name: string) => string,
): Search {
  const fuse = new Fuse(docs, SEARCH_OPTIONS, index);
  const rankNudge = rankNudges(docs);
  const exactForms = new Map(docs.map((doc) => [doc.id, exactSpellings(doc)]));

  return (query, limit = DEFAULT_LIMIT) => {
    const forms = queryForms(query, canonical);
    const best = new Map<string, { doc: SearchDoc; score: number }>();
    for (const form of forms) {
      for (const result of fuse.search(form)) {
        const exact = exactForms.get(result.item.id)?.has(form) ?? false;
        const score = exact ? 0 : (result.score ?? 1);
        const previous = best.get(result.item.id);
        if (!previous || score < previous.score)
          best.set(result.item.id, { doc: result.item, score });
      }
    }
    return [...best.values()]
      .map(({ doc, score }) => ({
        id: doc.id,
        name: doc.name,
        score: score + (rankNudge.get(doc.rank) ?? RANK_SPREAD),
      }))
      .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
      .slice(0, limit);
  };
}

/** Spreads the distinct ranks over [0, RANK_SPREAD]: the best rank adds nothing, the worst adds RANK_SPREAD. */
function rankNudges(docs: readonly SearchDoc[]): Map<number, number> {
  const ranks = [...new Set(docs.map((doc) => doc.rank))].sort((a, b) => a - b);
  const steps = Math.max(ranks.length - 1, 1);
  return new Map(ranks.map((rank, position) => [rank, (position / steps) * RANK_SPREAD]));
}

/** Every spelling a query can match exactly, folded the way queries are. */
function exactSpellings(doc: SearchDoc): Set<string> {
  return new Set([doc.name, ...doc.spellings, ...doc.hangul].map(foldQuery));
}
