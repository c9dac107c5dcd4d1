import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '@/utils/search/fields';
import { searchableValues } from '@/utils/search/searchable-values';
import { buildTrigramIndex, nearestDocs, trigrams } from '@/utils/search/trigram-index';

const doc = (name: string, roles: string[] = []): SearchDoc => ({
  id: name,
  name,
  spellings: [],
  hangul: [],
  roles,
  organisations: [],
  rank: 0,
});

const docs = [
  doc('Choe Son-hui'),
  doc('Choe Ryong-hae'),
  doc('Kim Son-gyong'),
  doc('Ri Yong-ho', ['Foreign Minister']),
  doc('Pak Jong-chon'),
];
const index = buildTrigramIndex(searchableValues(docs), docs.length);

describe('trigrams', () => {
  it('lists each three-character sequence once, spaces included', () => {
    expect(trigrams('kim kim')).toEqual(['kim', 'im ', 'm k', ' ki']);
    expect(trigrams('un')).toEqual([]);
  });
});

describe('nearestDocs', () => {
  it('puts the profile of a misspelled name first', () => {
    expect(nearestDocs(index, ['choe sonhiu'], 1, new Set())).toEqual([0]);
    expect(nearestDocs(index, ['foriegn minister'], 1, new Set())).toEqual([3]);
  });

  it('orders by trigrams shared, then by position, and leaves out profiles sharing none', () => {
    // "choe son" shares 6 trigrams with Choe Son-hui, 3 with Choe Ryong-hae, 2 with Kim Son-gyong
    // and 1 ("cho") with Pak Jong-chon.
    expect(nearestDocs(index, ['choe son'], 10, new Set())).toEqual([0, 1, 2, 4]);
    expect(nearestDocs(index, ['zzz'], 10, new Set())).toEqual([]);
  });

  it('counts trigrams of every form once, and honours `count` and `skip`', () => {
    expect(nearestDocs(index, ['choe son', 'choe son'], 10, new Set())).toEqual([0, 1, 2, 4]);
    expect(nearestDocs(index, ['choe son', 'kim son'], 2, new Set())).toEqual([0, 2]);
    expect(nearestDocs(index, ['choe son'], 2, new Set())).toEqual([0, 1]);
    expect(nearestDocs(index, ['choe son'], 10, new Set([0]))).toEqual([1, 2, 4]);
    expect(nearestDocs(index, ['choe son'], 0, new Set())).toEqual([]);
  });
});
