import { describe, expect, it } from 'vitest';
import { parseSyllable, syllableKeys } from '@/utils/recognition/syllables';

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
    ['yo', 'yeo'],
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
