import { describe, expect, it } from 'vitest';
import { foldHangulSyllable, isParticleSequence, isTitle } from '@/utils/recognition/hangul';

const fold = (word: string) => [...word].map(foldHangulSyllable).join('');

describe('Hangul folding (initial sound law)', () => {
  it.each([
    ['리용호', '이용호'],
    ['룡', '용'],
    ['로동당', '노동당'],
    ['녀성', '여성'],
    ['력사', '역사'],
    ['김정은', '김정은'],
  ])('%s = %s', (north, south) => {
    expect(fold(north)).toBe(fold(south));
  });

  it('keeps other syllables apart', () => {
    expect(fold('김성')).not.toBe(fold('김선'));
    expect(fold('로')).not.toBe(fold('료'));
  });
});

describe('particles', () => {
  it.each([
    '는',
    '은',
    '이',
    '가',
    '을',
    '를',
    '의',
    '에게',
    '와',
    '과',
    '도',
    '만',
    '께서',
    '에서',
    '으로',
    '로',
    '에게도',
    '과의',
    '에서는',
  ])('%s is a particle sequence', (rest) => {
    expect(isParticleSequence(rest)).toBe(true);
  });
  it.each(['', '망', '남', '일', '성광장', '학'])('%s is not', (rest) => {
    expect(isParticleSequence(rest)).toBe(false);
  });
});

describe('isTitle', () => {
  it.each(['위원장', '위원장은', '국무위원장이', '외무상의', '부부장께서', '주석과', '대통령에게'])(
    '%s is a title',
    (word) => {
      expect(isTitle(word)).toBe(true);
    },
  );
  it.each(['문제는', '위원', '장', '위원장님들', '대통령궁'])('%s is not', (word) => {
    expect(isTitle(word)).toBe(false);
  });
});
