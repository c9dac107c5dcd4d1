import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import {
  createSearch,
  FUZZY_BUDGET,
  fuseWork,
  MIN_FUZZY_LENGTH,
  RANK_SPREAD,
  withinFuzzyBudget,
} from '@/utils/search/search-engine';

const docs: SearchDoc[] = [
  {
    id: 'kim-song',
    name: 'Kim Song',
    spellings: ['kim song'],
    hangul: ['김성'],
    roles: ['UN ambassador'],
    organisations: [],
    rank: 0,
  },
  {
    id: 'choe-son-hui',
    name: 'Choe Son-hui',
    spellings: ['choe son hui', 'choe sonhui'],
    hangul: ['최선희'],
    roles: ['Foreign Minister'],
    organisations: ['Ministry of Foreign Affairs'],
    rank: 0,
  },
  {
    id: 'un-security-council',
    name: 'UN Security Council',
    spellings: ['un security council', 'security council', 'unsc'],
    hangul: [],
    roles: [],
    organisations: [],
    rank: 1,
  },
  {
    id: 'security-council-resolution',
    name: 'Security Council resolution',
    spellings: ['security council resolution'],
    hangul: [],
    roles: [],
    organisations: [],
    rank: 2,
  },
  {
    id: 'kim-song-ho',
    name: 'Kim Song Ho',
    spellings: ['kim song ho'],
    hangul: [],
    roles: ['Researcher'],
    organisations: [],
    rank: 2,
  },
];

const index = Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs);
/** Stands in for the recognition core's folding of romanizations in these tests. */
const canonical = (name: string) => name.replace(/choi sun hee/i, 'choe son hui');
const search = createSearch(docs, index, canonical);

describe('createSearch', () => {
  it('finds a profile from a spelling the index does not hold through the canonical form', () => {
    expect(search('choi sun hee')[0]?.id).toBe('choe-son-hui');
  });

  it('matches Hangul', () => {
    expect(search('최선희')[0]?.id).toBe('choe-son-hui');
  });

  it('tolerates a typo', () => {
    expect(search('choe sonhiu')[0]?.id).toBe('choe-son-hui');
  });

  it('puts an exact spelling first, at score 0 plus its rank nudge', () => {
    const [first] = search('Security Council');
    expect(first?.id).toBe('un-security-council');
    expect(first?.score).toBeCloseTo(RANK_SPREAD / 2);
  });

  it('ranks an official above a context entry with a similar match', () => {
    const ids = search('kim song').map((hit) => hit.id);
    expect(ids.indexOf('kim-song')).toBeLessThan(ids.indexOf('kim-song-ho'));
  });

  it('returns each profile once, at most `limit` hits, and nothing for a blank query', () => {
    const ids = search('council', 10).map((hit) => hit.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(search('kim', 1)).toHaveLength(1);
    expect(search('   ')).toEqual([]);
  });

  it('returns nothing for a query that matches no profile', () => {
    expect(search('zzzzqqq')).toEqual([]);
  });

  it('puts every profile with a word starting with the query before spelling-tolerant matches', () => {
    const context = { ...docs[1]!, rank: 2 };
    const official = {
      ...docs[1]!,
      id: 'choe-sol-hwa',
      name: 'Choe Sol-hwa',
      spellings: ['choe sol hwa'],
    };
    const both = [context, official];
    const ids = createSearch(
      both,
      Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], both),
      canonical,
    )('choe sonh').map((hit) => hit.id);
    expect(ids).toEqual(['choe-son-hui', 'choe-sol-hwa']);
  });

  it('finds through the canonical form, after what was typed when scores are close', () => {
    const spellOut = (name: string) => name.replace(/^kim s$/i, 'choe s');
    const ids = createSearch(docs, index, spellOut)('kim s').map((hit) => hit.id);
    expect(ids).toEqual(['kim-song', 'choe-son-hui', 'kim-song-ho']);
  });

  it('answers queries shorter than the fuzzy minimum from word starts only', () => {
    expect(MIN_FUZZY_LENGTH).toBe(3);
    expect(search('ki').map((hit) => hit.id)).toEqual(['kim-song', 'kim-song-ho']);
    expect(search('nc')).toEqual([]);
  });

  it('gives a misspelled query the results of a Fuse search over every profile', () => {
    const fuse = new Fuse(docs, SEARCH_OPTIONS, index);
    for (const query of ['choe sonhiu', 'secrity councel', 'kim sonh']) {
      const full = fuse
        .search(query)
        .map(({ item, score = 1 }) => ({
          id: item.id,
          score: score + (RANK_SPREAD * item.rank) / 2,
        }))
        .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
        .map((hit) => hit.id);
      expect(full.length, query).toBeGreaterThan(0);
      expect(
        search(query).map((hit) => hit.id),
        query,
      ).toEqual(full);
    }
  });

  it('counts Fuse’s work on a profile by its text, the errors allowed and the chunks matched', () => {
    const profile = { characters: 100, values: 4 };
    expect(fuseWork(profile, 3)).toBe((100 + 4 * 3) * 2);
    expect(fuseWork(profile, 11)).toBe((100 + 4 * 11) * 5);
    expect(fuseWork(profile, 48)).toBe((100 + 4 * 32) * 13 * 2);
  });

  it('lets Fuse score the nearest profiles while their work fits the budget, and always the first', () => {
    const workOf = (position: number) => (position === 2 ? FUZZY_BUDGET : FUZZY_BUDGET / 3);
    expect(withinFuzzyBudget([3, 1, 0, 2], workOf)).toEqual([3, 1, 0]);
    expect(withinFuzzyBudget([2, 0], workOf)).toEqual([2]);
    expect(withinFuzzyBudget([], workOf)).toEqual([]);
  });
});
