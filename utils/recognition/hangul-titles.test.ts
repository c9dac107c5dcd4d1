/**
 * The titles Korean news gives after a full name, read with the committed registry
 * (data/generated/lens.json): a word in Latin letters or digits between the name and its title is
 * a word of the body or of the title's ordinal, and the title still tells the later bare surname
 * whose it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LensData } from '@/utils/dataset/types';
import { compileRecognizer } from '@/utils/recognition/recognizer';

const lens = JSON.parse(readFileSync('data/generated/lens.json', 'utf8')) as LensData;
const recognizer = compileRecognizer(lens.entities);
const read = (text: string) =>
  recognizer
    .scan(text)
    .map(
      (mention) => `${mention.text} → ${mention.id}${mention.backref ? ' (back-reference)' : ''}`,
    );

describe('a title after a Latin word or a number', () => {
  it.each([
    ['최선희 외무상은 말했다. 최태원 SK그룹 회장은 밝혔다. 최 회장은 덧붙였다.', '최선희'],
    ['최선희 외무상은 말했다. 최태원 SK 회장은 밝혔다. 최 회장은 덧붙였다.', '최선희'],
    ['최선희 외무상은 말했다. 최수연 NAVER 대표는 밝혔다. 최 대표는 덧붙였다.', '최선희'],
    ['김정은 위원장은 말했다. 김택진 NC소프트 대표는 밝혔다. 김 대표는 덧붙였다.', '김정은'],
    ['김선경 부상은 말했다. 김진아 외교부 제2차관은 밝혔다. 김 차관은 덧붙였다.', '김선경'],
    ['박원곤 교수는 말했다. 박윤주 외교부 제1차관은 밝혔다. 박 차관은 덧붙였다.', '박원곤'],
  ])('%s: the later surname is nobody the extension knows', (text, named) => {
    expect(read(text).map((mention) => mention.split(' → ')[0])).toEqual([named]);
  });

  it("gives the registry's person a title after an ordinal", () => {
    expect(
      read('김여정 당 제1부부장은 말했다. 김정은 위원장은 말했다. 김 부부장은 밝혔다.'),
    ).toEqual([
      '김여정 → person.kim-yo-jong',
      '김정은 → person.kim-jong-un',
      '김 → person.kim-yo-jong (back-reference)',
    ]);
  });
});
