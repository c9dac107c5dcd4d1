import { describe, expect, it } from 'vitest';
import { findPersonLikeNames } from '@/scripts/data/person-like-names';

const names = (text: string) =>
  findPersonLikeNames(text).map((candidate) => `${candidate.shape}:${candidate.text}`);

describe('findPersonLikeNames', () => {
  it.each([
    ['Kim Yo Jong emphasized', ['korean:Kim Yo Jong']],
    ['says Cho Han-bum of the institute', ['korean:Cho Han-bum']],
    ['Sung, Ki-Young (Research Fellow)', ['korean:Sung, Ki-Young']],
    ['foreign minister Ri Su Yong, claiming', ['korean:Ri Su Yong']],
    ['met Foreign Minister Lavrov in Moscow', ['titled:Lavrov']],
    ['Chinese President Xi Jinping', ['titled:Xi Jinping']],
    ['special envoy Song Tao’s visit', ['titled:Song Tao’s']],
    ['Furthermore, Kelly Craft, the US Ambassador', ['first-last:Kelly Craft']],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'North Korea and South Korea met at the United Nations.',
    'The Supreme People’s Assembly and the Security Council.',
    'On Monday, Kim expressed that China’s Xi had agreed.',
    'The President stated his new government will begin.',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('reports offsets into the text', () => {
    const text = 'Envoy Jeffrey Feltman returned.';
    const [candidate] = findPersonLikeNames(text);
    expect(text.slice(candidate!.start, candidate!.end)).toBe('Jeffrey Feltman');
  });
});
