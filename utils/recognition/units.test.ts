import { describe, expect, it } from 'vitest';
import { UnitCache } from '@/utils/recognition/units';

/** The hash `readWords` gives a word. */
const hashOf = (word: string) =>
  [...word].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) | 0, 0);

describe('UnitCache', () => {
  it('finds a word inside a text by its hash, as the word read on its own', () => {
    const cache = new UnitCache();
    const text = 'Choe Son Hui met Choe';
    const first = cache.ofSpan(text, 0, 4, false, hashOf('Choe'));
    expect(first).toBe(cache.of({ clean: 'Choe', hangul: false }));
    expect(cache.ofSpan(text, 17, 21, false, hashOf('Choe'))).toBe(first);
    expect(first).toMatchObject({ word: 'Choe', units: ['choe'], capitalised: true });
  });

  it('tells apart words that share a hash', () => {
    const cache = new UnitCache();
    const text = 'Kim Ri Kim';
    const kim = cache.ofSpan(text, 0, 3, false, 7);
    const ri = cache.ofSpan(text, 4, 6, false, 7);
    expect([kim.word, ri.word]).toEqual(['Kim', 'Ri']);
    expect(cache.ofSpan(text, 7, 10, false, 7)).toBe(kim);
  });

  it('starts over past its limit and still reads every word right', () => {
    const cache = new UnitCache(5);
    const words = Array.from({ length: 40 }, (_, index) => `word${index}x`);
    const text = words.join(' ');
    let at = 0;
    for (const word of words) {
      const units = cache.ofSpan(text, at, at + word.length, false, hashOf(word));
      expect(units.word).toBe(word);
      expect(units.units).toEqual([`~${word}`]);
      at += word.length + 1;
    }
    const last = words.at(-1)!;
    const again = cache.ofSpan(text, text.length - last.length, text.length, false, hashOf(last));
    expect(again.word).toBe(last);
  });

  it('reads a number and its plural as the number', () => {
    const cache = new UnitCache();
    const units = (word: string) => cache.of({ clean: word, hangul: false }).units;
    expect(units('20')).toEqual(['#20']);
    expect(units('20s')).toEqual(['#20']);
    expect(units('20th')).toEqual(['~20th']);
  });
});
