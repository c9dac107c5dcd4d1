import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '@/utils/search/fields';
import { searchableValues } from '@/utils/search/searchable-values';

const doc = (id: string, roles: string[], organisations: string[]): SearchDoc => ({
  id,
  name: id,
  spellings: [id.toLowerCase()],
  hangul: [],
  roles,
  organisations,
  rank: 0,
});

describe('searchableValues', () => {
  it('holds each folded value once, with the profiles having it as a spelling or as context', () => {
    const values = searchableValues([
      doc('Ri Son-gwon', ['Foreign Minister'], ['Ministry of Foreign Affairs']),
      doc('Choe Son-hui', ['Foreign Minister'], []),
      doc('Ministry of Foreign Affairs', [], []),
    ]);
    const byText = Object.fromEntries(values.map((value) => [value.text, value]));
    expect(byText['ri son gwon']).toEqual({ text: 'ri son gwon', spellingOf: [0], contextOf: [] });
    expect(byText['foreign minister']?.contextOf).toEqual([0, 1]);
    expect(byText['ministry of foreign affairs']).toMatchObject({
      spellingOf: [2],
      contextOf: [0],
    });
    expect(values.map((value) => value.text)).toHaveLength(new Set(values.map((v) => v.text)).size);
  });

  it('lists a profile once per value even when two of its spellings fold the same', () => {
    const [value] = searchableValues([
      { ...doc('Kim Song', [], []), spellings: ['kim song'], hangul: [] },
    ]);
    expect(value).toEqual({ text: 'kim song', spellingOf: [0], contextOf: [] });
  });
});
