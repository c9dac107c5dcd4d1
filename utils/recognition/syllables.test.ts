import { describe, expect, it } from 'vitest';
import { isSyllableSequence, parseSyllable, syllableKeys } from '@/utils/recognition/syllables';

const key = (spelling: string) => parseSyllable(spelling)?.key;

describe('syllable classes', () => {
  const classes = [
    ['choe', 'choi'],
    ['ri', 'rhee', 'lee', 'yi', 'i', 'li'],
    ['pak', 'park', 'bak'],
    ['jong', 'jung', 'chong', 'cheong', 'jeong', 'chung'],
    ['son', 'sun', 'seon', 'soon'],
    ['hui', 'hee', 'hi', 'heui'],
    ['gyong', 'kyong', 'kyung', 'gyeong', 'kyeong'],
    ['yo', 'yeo', 'yu'],
    ['yoo', 'ryoo'],
    ['yong', 'young', 'yeong', 'ryong', 'lyong'],
    ['un', 'eun'],
    ['su', 'soo'],
    ['sok', 'seok'],
    ['ju', 'joo', 'chu'],
    ['thae', 'tae'],
    ['bok', 'pok'],
    ['song', 'sung', 'seong'],
    ['hwa', 'hoa'],
    ['jae', 'chae'],
    ['kang', 'gang'],
    ['kim', 'gim'],
    ['ro', 'no', 'roh', 'noh'],
    ['an', 'ahn'],
    ['o', 'oh'],
    ['il'],
    ['nam'],
  ];
  it.each(classes)('%s and its equivalents share one key', (...spellings) => {
    const keys = spellings.map(key);
    expect(keys[0]).toBeDefined();
    expect(new Set(keys).size).toBe(1);
  });

  it('keeps distinct syllables apart', () => {
    const keys = classes.map(([spelling]) => key(spelling!));
    expect(new Set(keys).size).toBe(classes.length);
  });

  it.each([
    ['song', 'son'],
    ['un', 'il'],
    ['jong', 'jon'],
    ['yo', 'yong'],
    ['ho', 'hon'],
    ['kim', 'kin'],
    ['yoo', 'yo'],
    ['yoo', 'yeo'],
  ])('%s is not %s', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });
});

describe('syllableKeys', () => {
  it.each([
    ['sonhui', ['son', 'hi']],
    ['yojong', ['yo', 'chong']],
    ['yongho', ['yong', 'ho']],
    ['jongun', ['chong', 'on']],
    ['songnam', ['song', 'nam']],
    ['sunkyung', ['son', 'kyong']],
    ['sung', ['song']],
  ])('splits %s', (word, keys) => {
    expect(syllableKeys(word)[0]).toEqual(keys);
  });

  it('gives every reading of an ambiguous joined name', () => {
    expect(syllableKeys('songyong')).toEqual([
      ['song', 'yong'],
      ['son', 'kyong'],
    ]);
  });

  it.each(['council', 'security', 'assembly', 'agency', 'guterres', 'nations', 'bbc'])(
    'does not read %s as Korean',
    (word) => {
      expect(syllableKeys(word)).toEqual([]);
    },
  );
});

describe('syllableKeys on words of every shape', () => {
  /** Whether `word` cuts into at most `left` parseable syllables, tried every way. */
  const splits = (word: string, left: number): boolean =>
    word === '' ||
    (left > 0 &&
      [...Array(Math.min(8, word.length)).keys()].some(
        (index) =>
          parseSyllable(word.slice(0, index + 1)) !== undefined &&
          splits(word.slice(index + 1), left - 1),
      ));

  it.each([
    ['aaaa', true],
    ['aaaaa', false],
    ['kimjongun', true],
    ['kimjongunkim', true],
    ['kimjongunkimjong', false],
    ['ahnahn', true],
    ['council', false],
  ])('tells whether %s cuts into at most four syllables: %s', (word, expected) => {
    expect(isSyllableSequence(word)).toBe(expected);
    expect(splits(word, 4)).toBe(expected);
  });

  it('reads a word exactly when it cuts into at most four syllables', () => {
    // Letters romanizations use, in random words of 1–14 letters: most are no Korean word, many are.
    const letters = 'abdeghijklmnoprstuwy';
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    let readable = 0;
    for (let count = 0; count < 3000; count++) {
      const length = 1 + random(14);
      const word = Array.from({ length }, () => letters[random(letters.length)]).join('');
      const expected = splits(word, 4);
      expect(syllableKeys(word).length > 0, word).toBe(expected);
      expect(isSyllableSequence(word), word).toBe(expected);
      if (expected) readable++;
    }
    expect(readable).toBeGreaterThan(300);
  });
});
