/**
 * The committed registry, as bundled (data/generated/lens.json): every spelling it lists is
 * recognised in a sentence as its own entity, and no spelling belongs to two entities.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LensData } from '@/utils/dataset/types';
import { findAliasCollisions, findUnmatchableAliases } from '@/utils/recognition/collisions';
import { createBackrefState } from '@/utils/recognition/backrefs';
import { compileRecognizer } from '@/utils/recognition/recognizer';
import { supportedMentions } from '@/utils/recognition/topic';

const lens = JSON.parse(readFileSync('data/generated/lens.json', 'utf8')) as LensData;
const recognizer = compileRecognizer(lens.entities);

function sentences(alias: string, hangul: boolean): string[] {
  if (hangul) return [`보도에 따르면 ${alias} 관계자가 말했다.`, `어제 ${alias}는 발표했다.`];
  return [`Reports said ${alias} met on Monday.`, `(${alias}) was quoted, too.`];
}

describe('the registry in data/generated/lens.json', () => {
  it('has entities', () => {
    expect(lens.entities.length).toBeGreaterThan(0);
  });

  it('gives no spelling to two entities', () => {
    expect(findAliasCollisions(lens.entities)).toEqual([]);
  });

  it('lists only spellings a mention can cover', () => {
    expect(findUnmatchableAliases(lens.entities)).toEqual([]);
  });

  it('leaves a text on another subject unmarked, look-alikes and all', () => {
    const text = [
      'Bruce Lee starred in it; Robert E. Lee was a general. Young Kim and Sung Park cooked.',
      'We walked through Central Park and watched the Moon rise. The trump card won.',
      "The security council of the homeowners' association met. The party's central committee",
      'met too, and the general assembly voted. The Foreign Ministry of Brazil spoke.',
      'An AP wire story ran on CNN. The SPA route loads fast.',
      '정의당과 노동당은 안보리 개혁 토론회를 열었다.',
    ].join('\n');
    expect(supportedMentions(recognizer.scan(text))).toEqual([]);
    const named = supportedMentions(recognizer.scan(`${text}\nKCNA reported it.`));
    expect(named.map((mention) => mention.text)).toEqual([
      'security council',
      "party's central committee",
      'general assembly',
      'AP',
      'CNN',
      'SPA',
      '노동당',
      '안보리',
      'KCNA',
    ]);
  });

  it("reads a bare 외무성 after 일본 외무성 as Japan's, until North Korea's is named", () => {
    const backrefs = createBackrefState();
    const read = (text: string) =>
      recognizer.scan(text, { backrefs }).map((mention) => mention.text);
    expect(
      read('김정은 위원장이 미사일을 쐈다. 일본 외무성은 항의했다. 외무성 관계자는 말했다.'),
    ).toEqual(['김정은']);
    // The next block of the page.
    expect(read('외무성은 또 성명을 냈다.')).toEqual([]);
    expect(read('북한 외무성은 반박했다. 외무성 대변인은 담화를 냈다.')).toEqual([
      '북한 외무성',
      '외무성',
    ]);
    // Named otherwise in English too.
    expect(read("Japan's Foreign Ministry (일본 외무성) spoke.")).toEqual([]);
    expect(read("North Korea's foreign ministry (외무성 대변인) replied.")).toEqual([
      "North Korea's foreign ministry",
      '외무성',
    ]);
  });

  it("reads North Korea's body in Hangul after another country as that country's", () => {
    const text = [
      '김정은 위원장의 담화에 일본 외무성은 항의했고, 日 외무성 대변인도 나섰다.',
      '영국 노동당 대표와 중국 공산당 정치국 상무위원이 말했다.',
      '북한 외무성은 반박했다. 외무성 대변인과 조선노동당 정치국, 유엔 안보리도 언급됐다.',
      // The UN's bodies and China's parade are named with a country that is not their owner.
      '미국의 안보리 결의안과 일본 유엔총회 연설, 중국 전승절 열병식.',
    ].join('\n');
    expect(supportedMentions(recognizer.scan(text)).map((mention) => mention.text)).toEqual([
      '김정은',
      '북한 외무성',
      '외무성',
      '조선노동당',
      '정치국',
      '유엔 안보리',
      '안보리',
      '유엔총회',
      '전승절 열병식',
    ]);
  });

  it("reads KCNA's Korean: a title joined to a whole name, 조선중앙통신사", () => {
    const text =
      '경애하는 김정은동지께서 말씀하시였다. 김여정동지는 담화를 발표하였다. 최선희외무상은 말하였다. 조선중앙통신사 보도.';
    expect(recognizer.scan(text).map((mention) => [mention.text, mention.id])).toEqual([
      ['김정은', 'person.kim-jong-un'],
      ['김여정', 'person.kim-yo-jong'],
      ['최선희', 'person.choe-son-hui'],
      ['조선중앙통신사', 'org.kcna'],
    ]);
    // Headlines shorten 에서 to 서.
    expect(
      recognizer.scan('北 유엔총회서 연설, 안보리서 규탄').map((mention) => mention.text),
    ).toEqual(['유엔총회', '안보리']);
    // After a name of two syllables a joined title may end a longer name: 김성원 and 장.
    expect(recognizer.scan('김성원장은 말했다.')).toEqual([]);
  });

  it('leaves a namesake unmarked: a reporter, an actor, an athlete, anyone called 씨', () => {
    const text = [
      '김성은 기자가 보도합니다. 이수용 기자입니다. 배우 김정은이 출연했다.',
      '골퍼 김정은이 우승했다. 최선희 선수가 MVP에 올랐다. 납북 피해자 김영남 씨의 가족.',
      '김정은 위원장의 기자회견은 없었다. 김정은에겐 의미 없다.',
    ].join('\n');
    expect(recognizer.scan(text).map((mention) => mention.text)).toEqual(['김정은', '김정은']);
  });

  it('reads no missile in a number a Hangul word counts: 화성 20일 is a day in Hwaseong', () => {
    const text =
      '경기 화성 20일 오후, 화성 15곳에서 정전. 화성-20형과 화성 15형, 화성-20은 ICBM이다. 화성-20형급, 화성-15계열, 화성-20이라는.';
    expect(recognizer.scan(text).map((mention) => mention.text)).toEqual([
      '화성-20',
      '화성 15',
      '화성-20',
      '화성-20',
      '화성-15',
      '화성-20',
    ]);
  });

  it("reads a bare surname after a title by the dataset's roles", () => {
    const text =
      'Kim Son Gyong and Kim Song spoke. Kim Jong Un came. Vice Minister Kim and Ambassador Kim left.';
    const backrefs = recognizer.scan(text).filter((mention) => mention.backref);
    expect(backrefs.map((mention) => mention.id)).toEqual([
      'person.kim-son-gyong',
      'person.kim-song',
    ]);
  });

  it('reads a programme named in the plural', () => {
    const mentions = recognizer.scan('Two Hwasong-20s and the Hwaseong-20’s launcher were shown.');
    expect(mentions.map((mention) => [mention.text, mention.id])).toEqual([
      ['Hwasong-20s', 'programme.hwasong-20'],
      ['Hwaseong-20', 'programme.hwasong-20'],
    ]);
  });

  it('reads the names of other bodies that start with a name as theirs', () => {
    const text = [
      'The United Nations Command said a soldier crossed; the UN Command and the U.N. Command',
      'agreed. UN Watch and KCNA Watch reported it, and the United Nations condemned it.',
    ].join(' ');
    expect(recognizer.scan(text).map((mention) => mention.text)).toEqual(['United Nations']);
  });

  it('reads a name after a title spelling as the longer name ("President Xi Jinping")', () => {
    const texts = (text: string) => recognizer.scan(text).map((mention) => mention.text);
    expect(texts('Chinese President Xi Jinping arrived, and later President Xi spoke.')).toEqual([
      'Xi Jinping',
      'President Xi',
    ]);
    expect(texts('Chinese President Xi Jinping Meets Kim Jong Un')).toEqual([
      'Xi Jinping',
      'Kim Jong Un',
    ]);
  });

  it.each(lens.entities.map((entity) => [entity.id, entity] as const))(
    'recognises every spelling of %s in a sentence',
    (id, entity) => {
      const spellings = [
        ...[entity.name, ...entity.aliases, ...entity.acronyms].map(
          (alias) => [alias, false] as const,
        ),
        ...entity.hangul.map((alias) => [alias, true] as const),
      ];
      for (const [alias, hangul] of spellings) {
        for (const sentence of sentences(alias, hangul)) {
          const found = recognizer.scan(sentence).map((mention) => [mention.text, mention.id]);
          expect(found, sentence).toContainEqual([alias, id]);
        }
      }
    },
  );
});
