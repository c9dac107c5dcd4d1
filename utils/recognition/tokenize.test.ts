import { describe, expect, it } from 'vitest';
import { tokenize } from '@/utils/recognition/tokenize';

const words = (text: string) => tokenize(text).map((token) => [token.clean, token.before]);

describe('tokenize', () => {
  it.each([
    [
      "Ch'oe Sŏn-hŭi",
      [
        ['Choe', 'break'],
        ['Sŏn', 'space'],
        ['hŭi', 'hyphen'],
      ],
    ],
    [
      'Ch’oe Son\u2010hui',
      [
        ['Choe', 'break'],
        ['Son', 'space'],
        ['hui', 'hyphen'],
      ],
    ],
    [
      'Choe\u00a0Son\u00adhui',
      [
        ['Choe', 'break'],
        ['Sonhui', 'space'],
      ],
    ],
    ['Son\u200bhui', [['Sonhui', 'break']]],
    [
      'Kim\n\n  Jong \t Un',
      [
        ['Kim', 'break'],
        ['Jong', 'space'],
        ['Un', 'space'],
      ],
    ],
    ["Kim's", [['Kim', 'break']]],
    [
      'Choe Son Hui’s speech',
      [
        ['Choe', 'break'],
        ['Son', 'space'],
        ['Hui', 'space'],
        ['speech', 'space'],
      ],
    ],
    [
      "Supreme People's Assembly",
      [
        ['Supreme', 'break'],
        ['People', 'space'],
        ['Assembly', 'space'],
      ],
    ],
    [
      "Workers' Party",
      [
        ['Workers', 'break'],
        ['Party', 'space'],
      ],
    ],
    [
      'Kim—who',
      [
        ['Kim', 'break'],
        ['who', 'break'],
      ],
    ],
    [
      'Kim. Song',
      [
        ['Kim', 'break'],
        ['Song', 'break'],
      ],
    ],
    [
      '최선희는 KCNA는',
      [
        ['최선희는', 'break'],
        ['KCNA', 'space'],
        ['는', 'space'],
      ],
    ],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Mr.\u00a0Ch’oe’s Son\u00adhui';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end).replace(/[\u00ad’]/g, '')).toBe(token.clean);
    }
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual([
      'Mr',
      'Ch’oe',
      'Son\u00adhui',
    ]);
  });
});
