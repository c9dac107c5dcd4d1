import { describe, expect, it } from 'vitest';
import { foreignOwnerBefore } from '@/utils/recognition/hangul-owners';

const before = (text: string) => foreignOwnerBefore(text, text.indexOf('외무성'));

describe('foreignOwnerBefore', () => {
  it('finds another country right before, in Hangul or Hanja, with or without 의', () => {
    expect(before('일본 외무성은')).toBe(true);
    expect(before('그러자 日 외무성이')).toBe(true);
    expect(before('일본의 외무성')).toBe(true);
    expect(before('러시아  외무성')).toBe(true);
  });

  it('finds none when the country is not the word right before', () => {
    expect(before('외무성은')).toBe(false);
    expect(before('북한 외무성은')).toBe(false);
    expect(before('일본을 비난한 외무성은')).toBe(false);
    // The end of another word is no country: 내일본 is no 일본.
    expect(before('내일본 외무성')).toBe(false);
  });
});
