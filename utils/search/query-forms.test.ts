import { describe, expect, it } from 'vitest';
import { foldQuery, queryForms } from '@/utils/search/query-forms';

describe('foldQuery', () => {
  it('lowercases, strips accents and turns punctuation into single spaces', () => {
    expect(foldQuery('  Choe Sŏn-hŭi ')).toBe('choe son hui');
    expect(foldQuery("Kim Jong Un's")).toBe('kim jong un s');
  });

  it('keeps Hangul', () => {
    expect(foldQuery('최선희')).toBe('최선희');
  });
});

describe('queryForms', () => {
  it('lists the folded and canonical forms once each, the folded first', () => {
    const canonical = (name: string) =>
      name.toLowerCase() === 'lee yong ho' ? 'Ri Yong-ho' : name;
    expect(queryForms('Lee Yong Ho', canonical)).toEqual(['lee yong ho', 'ri yong ho']);
    expect(queryForms('Choe Son-hui', (name) => name)).toEqual(['choe son hui']);
    expect(queryForms('kcna', (name) => name)).toEqual(['kcna']);
    expect(queryForms('  ', (name) => name)).toEqual([]);
  });
});
