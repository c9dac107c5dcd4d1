import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createSearch, RANK_SPREAD } from '@/utils/search/search-engine';

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
});
