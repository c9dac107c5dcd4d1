import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '@/utils/search/fields';
import { buildPrefixIndex, PrefixLevel, prefixMatches } from '@/utils/search/prefix-index';
import { searchableValues } from '@/utils/search/searchable-values';

const doc = (id: string, overrides: Partial<SearchDoc>): SearchDoc => ({
  id,
  name: id,
  spellings: [],
  hangul: [],
  roles: [],
  organisations: [],
  rank: 0,
  ...overrides,
});

const docs: SearchDoc[] = [
  doc('Choe Son-hui', { spellings: ['choe son hui', 'choi sun hee'], hangul: ['최선희'] }),
  doc('Kim Song', { roles: ['UN ambassador'], organisations: ['Choe Foundation'] }),
  doc('UN Security Council', { spellings: ['unsc', 'security council'] }),
  doc('Jason Kim', { roles: ['Adviser'] }),
];

const index = buildPrefixIndex(searchableValues(docs), docs.length);
const matches = (form: string) => Object.fromEntries(prefixMatches(index, form));

describe('prefixMatches', () => {
  it('tells an exact spelling from one that starts with the query or has a word starting with it', () => {
    expect(matches('security council')).toEqual({ 2: PrefixLevel.exact });
    expect(matches('choe s')).toEqual({ 0: PrefixLevel.spellingStart });
    expect(matches('council')).toEqual({ 2: PrefixLevel.spellingWord });
  });

  it('finds roles and organisations below spellings, and keeps each profile’s best level', () => {
    expect(matches('choe')).toEqual({ 0: PrefixLevel.spellingStart, 1: PrefixLevel.contextStart });
    expect(matches('ambassador')).toEqual({ 1: PrefixLevel.contextWord });
    expect(matches('un')).toEqual({ 1: PrefixLevel.contextStart, 2: PrefixLevel.spellingStart });
  });

  it('answers one-character queries and Hangul', () => {
    expect(Object.keys(matches('k')).sort()).toEqual(['1', '3']);
    expect(matches('최선')).toEqual({ 0: PrefixLevel.spellingStart });
  });

  it('does not match inside a word, and finds nothing for a blank query', () => {
    expect(matches('son h')).toEqual({ 0: PrefixLevel.spellingWord });
    expect(matches('ason')).toEqual({});
    expect(matches('ui')).toEqual({});
    expect(matches('')).toEqual({});
  });

  it('finds exactly the profiles a scan of every word of every value finds', () => {
    const everyWordStart = (form: string) => {
      const found = new Set<number>();
      docs.forEach((d, position) => {
        const values = [d.name, ...d.spellings, ...d.hangul, ...d.roles, ...d.organisations];
        for (const value of values) {
          const words = value
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, ' ')
            .trim()
            .split(' ');
          words.forEach((_, start) => {
            if (words.slice(start).join(' ').startsWith(form)) found.add(position);
          });
        }
      });
      return [...found].sort();
    };
    for (const form of ['c', 'ch', 'choe', 'choe son', 'un', 'un s', 'kim', 'adv', 'x', 'son h']) {
      expect([...prefixMatches(index, form).keys()].sort(), form).toEqual(everyWordStart(form));
    }
  });
});
