/**
 * What Korean writes joined to a name, read with the committed registry
 * (data/generated/lens.json): a title after a foreign name of two syllables, the copula as speech
 * writes it, and a noun after a forum's name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LensData } from '@/utils/dataset/types';
import { compileRecognizer } from '@/utils/recognition/recognizer';

const lens = JSON.parse(readFileSync('data/generated/lens.json', 'utf8')) as LensData;
const recognizer = compileRecognizer(lens.entities);
const read = (text: string) =>
  recognizer.scan(text).map((mention) => `${mention.text} → ${mention.id}`);

describe('a title joined to a name of two syllables', () => {
  it('reads one after a name that no syllable after it makes longer', () => {
    expect(read('뿌찐대통령은 말했다. 푸틴대통령과 만났다. 뿌찐동지를 만나시였다.')).toEqual([
      '뿌찐 → person.vladimir-putin',
      '푸틴 → person.vladimir-putin',
      '뿌찐 → person.vladimir-putin',
    ]);
  });

  it('reads none where the name and the next syllable make a longer name, nor after a body', () => {
    expect(read('김성원장은 말했다. 김성대사는 말했다. 北 김성 유엔대사, 안보리서 연설')).toEqual([
      '김성 → person.kim-song',
      '안보리 → forum.un-security-council',
    ]);
  });
});

describe('the copula as speech writes it', () => {
  it.each([
    ['그게 김선경인가 했다.', '김선경'],
    ['그 사람이 김정은이야.', '김정은'],
    ['그 사람이 최선희야.', '최선희'],
    ['담화 발표자는 김여정임.', '김여정'],
    ['그 사람은 김정은인데 말이야.', '김정은'],
    ['역시 김정은이네.', '김정은'],
    ['역시 최선희네.', '최선희'],
    ['그게 최선희였나 싶다.', '최선희'],
    ['그게 김정은이었나 싶다.', '김정은'],
  ])('%s names %s', (text, name) => {
    expect(read(text).map((mention) => mention.split(' → ')[0])).toEqual([name]);
  });

  it('makes no longer name a name of two syllables', () => {
    expect(read('김성임 교사. 김성인가 했다. 김성인 교수.')).toEqual([]);
  });
});

describe('after the name of a forum', () => {
  it('reads 에는 as speech writes it, and a meeting joined', () => {
    expect(
      read('유엔 안보리엔 결의가 없다. 조선로동당 중앙위원회 정치국회의가 진행되였다.'),
    ).toEqual([
      '유엔 안보리 → forum.un-security-council',
      '조선로동당 중앙위원회 → org.party-central-committee',
      '정치국 → org.political-bureau',
    ]);
  });

  it('reads no meeting joined to a name of a person', () => {
    expect(read('김성회의 발언.')).toEqual([]);
  });
});
