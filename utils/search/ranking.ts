/**
 * The order of search results: by match score, North Korean officials and forums before context
 * entries when scores are close (the rank nudge), then by name.
 */
import type { SearchDoc } from '@/utils/search/fields';

/** How far apart two match scores may be for the rank to decide between them. */
export const RANK_SPREAD = 0.1;

export interface RankedHit {
  /** Position of the profile in the documents. */
  position: number;
  /** Match score plus the rank nudge. */
  score: number;
}

/** The best `limit` of the match scores (profile position → score), best first. */
export type Rank = (scores: ReadonlyMap<number, number>, limit: number) => RankedHit[];

export function createRanking(docs: readonly SearchDoc[]): Rank {
  const nudge = rankNudges(docs);
  const alphabetical = alphabeticalPlaces(docs);
  const before = (a: RankedHit, b: RankedHit) =>
    a.score - b.score || (alphabetical[a.position] ?? 0) - (alphabetical[b.position] ?? 0);
  return (scores, limit) => {
    // Keeps the best `limit` in order while reading, instead of sorting every match.
    const best: RankedHit[] = [];
    if (limit <= 0) return best;
    for (const [position, match] of scores) {
      const hit = { position, score: match + (nudge[position] ?? RANK_SPREAD) };
      const last = best[best.length - 1];
      if (best.length === limit && last && before(hit, last) >= 0) continue;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (before(best[middle] as RankedHit, hit) < 0) low = middle + 1;
        else high = middle;
      }
      best.splice(low, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best;
  };
}

/**
 * Each profile's rank nudge, by position: the distinct ranks spread over [0, RANK_SPREAD], the
 * best rank adding nothing and the worst RANK_SPREAD.
 */
function rankNudges(docs: readonly SearchDoc[]): Float64Array {
  const ranks = [...new Set(docs.map((doc) => doc.rank))].sort((a, b) => a - b);
  const steps = Math.max(ranks.length - 1, 1);
  const byRank = new Map(ranks.map((rank, place) => [rank, (place / steps) * RANK_SPREAD]));
  return Float64Array.from(docs, (doc) => byRank.get(doc.rank) ?? RANK_SPREAD);
}

/** Each profile's place when sorted by name, by position: breaks ties between equal scores. */
function alphabeticalPlaces(docs: readonly SearchDoc[]): Int32Array {
  const places = new Int32Array(docs.length);
  docs
    .map((doc, position) => ({ name: doc.name, position }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .forEach(({ position }, place) => (places[position] = place));
  return places;
}
