import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createFuzzyPass } from '@/utils/search/fuzzy-pass';

const doc = (name: string, spellings: string[], roles: string[] = []): SearchDoc => ({
  id: name,
  name,
  spellings,
  hangul: [],
  roles,
  organisations: [],
  rank: 0,
});

const docs = [
  doc('Choe Son-hui', ['choe son hui', 'choe sonhui'], ['Foreign Minister']),
  doc('Choe Ryong-hae', ['choe ryong hae']),
  doc('Kim Son-gyong', ['kim son gyong'], ['Vice Foreign Minister']),
  doc('Ri Yong-ho', ['ri yong ho'], ['Foreign Minister']),
];
const index = Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs);
const everyProfile = new Fuse(docs, SEARCH_OPTIONS, index);
const fuzzyPass = createFuzzyPass(docs, index);

/** Best score per profile position of a Fuse search over every profile. */
const fullSearch = (forms: string[]) => {
  const best = new Map<number, number>();
  for (const form of forms) {
    for (const { refIndex, score = 1 } of everyProfile.search(form))
      best.set(refIndex, Math.min(score, best.get(refIndex) ?? 1));
  }
  return best;
};

describe('createFuzzyPass', () => {
  it('gives each profile it scores the score of a search over every profile', () => {
    for (const forms of [['choe sonhiu'], ['foreign minster'], ['kim son', 'ri yong'], ['zzqq']]) {
      const full = fullSearch(forms);
      if (forms[0] !== 'zzqq') expect(full.size, forms.join()).toBeGreaterThan(0);
      expect(fuzzyPass([0, 1, 2, 3], forms), forms.join()).toEqual(full);
      const some = fuzzyPass([2, 0], forms);
      expect(some, forms.join()).toEqual(new Map([...full].filter(([p]) => p === 0 || p === 2)));
    }
  });

  it('scores nothing when given no profiles', () => {
    expect(fuzzyPass([], ['choe'])).toEqual(new Map());
  });
});
