import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '@/utils/search/fields';
import { createRanking, RANK_SPREAD } from '@/utils/search/ranking';

const doc = (name: string, rank: number): SearchDoc => ({
  id: name,
  name,
  spellings: [],
  hangul: [],
  roles: [],
  organisations: [],
  rank,
});

describe('createRanking', () => {
  const docs = [doc('Kim Song Ho', 2), doc('Kim Song', 0), doc('Choe Son-hui', 0), doc('KCNA', 1)];
  const rank = createRanking(docs);

  it('adds the rank nudge, spread over [0, RANK_SPREAD], and breaks ties by name', () => {
    const scores = new Map([
      [0, 0.01],
      [1, 0.01],
      [2, 0.01],
      [3, 0.01],
    ]);
    expect(rank(scores, 10)).toEqual([
      { position: 2, score: 0.01 },
      { position: 1, score: 0.01 },
      { position: 3, score: 0.01 + RANK_SPREAD / 2 },
      { position: 0, score: 0.01 + RANK_SPREAD },
    ]);
  });

  it('returns the best `limit` in the order a full sort gives', () => {
    const many = Array.from({ length: 300 }, (_, i) => doc(`Name ${(i * 7919) % 300}`, i % 3));
    const rankMany = createRanking(many);
    const scores = new Map(many.map((_, i) => [i, ((i * 31) % 17) / 100]));
    const nudge = (i: number) => ((i % 3) / 2) * RANK_SPREAD;
    const sorted = [...scores]
      .map(([position, score]) => ({ position, score: score + nudge(position) }))
      .sort(
        (a, b) =>
          a.score - b.score ||
          (many[a.position]?.name ?? '').localeCompare(many[b.position]?.name ?? ''),
      );
    for (const limit of [1, 5, 20, 300, 400])
      expect(rankMany(scores, limit), `limit ${limit}`).toEqual(sorted.slice(0, limit));
    expect(rankMany(scores, 0)).toEqual([]);
  });
});
