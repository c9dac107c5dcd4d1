import { describe, expect, it } from 'vitest';
import { hasHangul, spellOutHangul } from '@/utils/search/hangul-letters';
import { foldQuery } from '@/utils/search/query-forms';

describe('spellOutHangul', () => {
  it('writes each syllable as its letters, joined letters as the keys typed for them', () => {
    expect(spellOutHangul('김정은')).toBe('ㄱㅣㅁㅈㅓㅇㅇㅡㄴ');
    expect(spellOutHangul('최선희')).toBe('ㅊㅗㅣㅅㅓㄴㅎㅡㅣ');
    expect(spellOutHangul('닭')).toBe('ㄷㅏㄹㄱ');
    expect(spellOutHangul('까')).toBe('ㄲㅏ');
  });

  it('makes every state an input method passes through the start of the name', () => {
    const name = spellOutHangul('최선희');
    for (const typed of ['ㅊ', '초', '최', '최ㅅ', '최서', '최선', '최섢', '최선흐', '최선희']) {
      expect(name.startsWith(spellOutHangul(foldQuery(typed))), typed).toBe(true);
    }
    const kim = spellOutHangul('김정은');
    for (const typed of ['김ㅈ', '김저', '김정', '김정ㅇ', '김정으']) {
      expect(kim.startsWith(spellOutHangul(foldQuery(typed))), typed).toBe(true);
    }
  });

  it('reads letters in either Unicode form alike, and keeps everything else', () => {
    expect(spellOutHangul('\u3147')).toBe(spellOutHangul('\u110b'));
    expect(spellOutHangul('\u11ab')).toBe('ㄴ');
    expect(spellOutHangul('유엔 ab 1')).toBe('ㅇㅠㅇㅔㄴ ab 1');
  });

  it('tells whether a text has Hangul', () => {
    expect(hasHangul('김')).toBe(true);
    expect(hasHangul('ㅇ')).toBe(true);
    expect(hasHangul(foldQuery('ㅇ'))).toBe(true);
    expect(hasHangul('kim')).toBe(false);
  });
});
