import { describe, expect, it } from 'vitest';
import {
  foldHangulSyllable,
  isParticleSequence,
  looksLikeKoreanName,
  looksLikeShortKoreanName,
  titleOf,
} from '@/utils/recognition/hangul';

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

describe('titleOf', () => {
  it.each([
    ['위원장', '위원장'],
    ['위원장은', '위원장'],
    ['국무위원장이', '국무위원장'],
    ['외무상의', '외무상'],
    ['부부장께서', '부부장'],
    ['주석과', '주석'],
    ['대통령에게', '대통령'],
    ['교수는', '교수'],
  ])('%s is the title %s', (word, title) => {
    expect(titleOf(word)).toBe(title);
  });
  it.each(['문제는', '위원', '장', '위원장님들', '대통령궁'])('%s is not', (word) => {
    expect(titleOf(word)).toBeUndefined();
  });
  it.each([
    ['비상대책위원장은', '위원장'],
    ['국가안보실장이', '실장'],
    ['통일부장관', '장관'],
    ['내각총리도', '총리'],
    ['국회의원', '의원'],
  ])('%s ends with the title %s (compound)', (word, title) => {
    expect(titleOf(word)).toBeUndefined();
    expect(titleOf(word, true)).toBe(title);
  });
  it.each(['회의장에', '명대사', '활동지', '위원장님들'])(
    '%s ends with none (compound)',
    (word) => {
      expect(titleOf(word, true)).toBeUndefined();
    },
  );
});

describe('looksLikeKoreanName', () => {
  it.each(['김동엽', '이병철', '리병철', '최룡해', '박원곤'])('%s does', (word) => {
    expect(looksLikeKoreanName(word)).toBe(true);
  });
  it.each(['이라크', '이집트', '이번에', '이사국', '김해시', '김정', '김동엽은', '김A엽'])(
    '%s does not',
    (word) => {
      expect(looksLikeKoreanName(word)).toBe(false);
    },
  );
});

describe('looksLikeShortKoreanName', () => {
  it.each(['조현', '김건', '박진'])('%s may be one', (word) => {
    expect(looksLikeShortKoreanName(word)).toBe(true);
  });
  it.each(['이후', '최근', '조현은', '김', 'AB'])('%s is none', (word) => {
    expect(looksLikeShortKoreanName(word)).toBe(false);
  });
});
