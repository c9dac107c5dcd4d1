import { describe, expect, it } from 'vitest';
import { copyBackrefState, createBackrefState } from '@/utils/recognition/backrefs';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';
import { compileRecognizer } from '@/utils/recognition/recognizer';

const recognizer = compileRecognizer(ENTITIES);
const backrefs = (text: string) =>
  recognizer
    .scan(text)
    .filter((mention) => mention.backref)
    .map((mention) => [mention.text, mention.id]);

describe('surname back-references', () => {
  it.each([
    ['Kim Yo Jong spoke. Kim said no.', [['Kim', 'kim-yo-jong']]],
    ['Kim Yo Jong spoke. Mr. Kim said no.', [['Kim', 'kim-yo-jong']]],
    ["Kim Yo Jong spoke. Kim's words were sharp.", [['Kim', 'kim-yo-jong']]],
    ['Choe Son Hui arrived. Foreign Minister Choe said so.', [['Choe', 'choe-son-hui']]],
    [
      'Choe Son-hui arrived; Choi later added that Ch’oe’s aides left.',
      [
        ['Choi', 'choe-son-hui'],
        ['Ch’oe', 'choe-son-hui'],
      ],
    ],
    ['Ri Yong Ho spoke. Lee added more.', [['Lee', 'ri-yong-ho']]],
    ['Xi Jinping met him. President Xi said so.', [['Xi', 'xi-jinping']]],
    ["Antonio Guterres spoke. Guterres's interview aired.", [['Guterres', 'antonio-guterres']]],
    ['Kim Yong-nam visited Uganda. Kim later left.', [['Kim', 'kim-yong-nam']]],
    ['Kim Jong Un spoke. In June Kim met Putin.', [['Kim', 'kim-jong-un']]],
    // Someone else named in passing, or in a photo credit, takes nothing over.
    ['Kim Yo Jong is the daughter of Kim Jong Il. Kim rose.', [['Kim', 'kim-yo-jong']]],
    ["Kim Yo Jong, Kim Jong Il's daughter, said so. Kim added.", [['Kim', 'kim-yo-jong']]],
    ['Kim Jong Un spoke. REUTERS/Kim Hong-Ji. Kim said so.', [['Kim', 'kim-jong-un']]],
    // A comma and a full name after a surname are no inverted name: the sentence goes on.
    ['Kim Jong Un spoke. After talks with Kim, Donald Trump left.', [['Kim', 'kim-jong-un']]],
    [
      'Ri Yong Ho spoke. Like Lee, Jennifer Lind argued so. Lee agreed.',
      [
        ['Lee', 'ri-yong-ho'],
        ['Lee', 'ri-yong-ho'],
      ],
    ],
    // The registry's people are given only whole titles: 김영남 상임위원장 gives him none.
    [
      '김정은 국무위원장이 왔다. 김영남 최고인민회의 상임위원장도 참석했다. 김 위원장은 연설했다.',
      [['김', 'kim-jong-un']],
    ],
    // The title given last goes first, exact or not.
    [
      '김용태 비상대책위원장은 말했다. 김정은 국무위원장은 말했다. 김 위원장은 지시했다.',
      [['김', 'kim-jong-un']],
    ],
    // A Hangul gloss repeats the name it follows: it names no one anew.
    [
      'Kim Yo Jong, the sister of leader Kim Jong Un (김정은), said so. Kim added.',
      [['Kim', 'kim-yo-jong']],
    ],
    ['Kim Jong Un spoke. Marshal Kim inspected the unit.', [['Kim', 'kim-jong-un']]],
    ['Kim Yo Jong spoke. But Kim said no.', [['Kim', 'kim-yo-jong']]],
    ["Kim Jong Un spoke. Pyongyang's Kim said no.", [['Kim', 'kim-jong-un']]],
    ['Kim Jong Un spoke. State media said Chairman Kim waved.', [['Kim', 'kim-jong-un']]],
    ['Kim Jong Un spoke. Crowds hailed Respected Comrade Kim.', [['Kim', 'kim-jong-un']]],
    ['Kim Yo Jong spoke. Aides saw Vice-Director Kim leave.', [['Kim', 'kim-yo-jong']]],
    ['Choe Son Hui arrived. Talks with Minister Choe ended.', [['Choe', 'choe-son-hui']]],
    ['Kim Jong Un spoke. Seoul thinks Mr Kim will come.', [['Kim', 'kim-jong-un']]],
    ['Kim Jong Un spoke. Officials said Monday Kim would come.', [['Kim', 'kim-jong-un']]],
    ['Kim Jong Un spoke. After talks in Hanoi Kim left early.', [['Kim', 'kim-jong-un']]],
    ['Kim Jong Un spoke. Meanwhile Kim stayed silent.', [['Kim', 'kim-jong-un']]],
    [
      'Kim Yo Jong, the sister of leader Kim Jong Un, said Seoul was foolish. Kim added more.',
      [['Kim', 'kim-yo-jong']],
    ],
    [
      "Kim Yo Jong, Kim Jong Un's sister, said Seoul was foolish. Kim added more.",
      [['Kim', 'kim-yo-jong']],
    ],
    [
      "Kim Jong Un's sister, Kim Yo Jong, said Seoul was foolish. Kim added more.",
      [['Kim', 'kim-yo-jong']],
    ],
    ["Kim Jong Un met Kim Yo Jong's aides. Kim said little.", [['Kim', 'kim-jong-un']]],
    [
      'Kim Jong Un spoke. The statement of Kim Yo Jong followed. Kim left.',
      [['Kim', 'kim-yo-jong']],
    ],
    [
      'Kim Jong Un spoke. After the Singapore Kim-Trump summit, talks stalled.',
      [['Kim', 'kim-jong-un']],
    ],
    ['Kim Jong Un spoke. Aides told Doctor Kim to rest.', [['Kim', 'kim-jong-un']]],
    ['Kim Jong Un spoke. The Putin-Kim summit ended.', [['Kim', 'kim-jong-un']]],
    [
      'North Korean leader Kim Jong Un spoke. Kim Yo Jong, his sister, replied. Leader Kim left.',
      [['Kim', 'kim-jong-un']],
    ],
    [
      'Vice Foreign Minister Kim Son Gyong spoke. Kim Jong Un came. Vice-Minister Kim left.',
      [['Kim', 'kim-son-gyong']],
    ],
    [
      'Vice Foreign Minister Kim Son Gyong spoke. Kim Jong Un came. Minister Kim left.',
      [['Kim', 'kim-jong-un']],
    ],
    [
      'Kim Yo Jong, vice department director of the WPK Central Committee, spoke. Kim Jong Un came. Vice Director Kim left.',
      [['Kim', 'kim-yo-jong']],
    ],
    [
      'Kim Song, North Korea’s ambassador to the UN, spoke. Kim Jong Un came. Ambassador Kim left.',
      [['Kim', 'kim-song']],
    ],
    [
      'Kim Jong Un, accompanied by Foreign Minister Choe Son Hui, came. Kim Yo Jong spoke. Minister Kim left.',
      [['Kim', 'kim-yo-jong']],
    ],
    ['UN envoy Kim Song spoke. Kim Jong Un came. Ambassador Kim left.', [['Kim', 'kim-song']]],
    ['Kim Song spoke. Kim Jong Un came. Ambassador Kim left.', [['Kim', 'kim-song']]],
    ['Kim Son Gyong spoke. Kim Jong Un came. Vice Minister Kim left.', [['Kim', 'kim-son-gyong']]],
    [
      'Kim Jong Un, who met the foreign minister, came. Kim Yo Jong spoke. Minister Kim left.',
      [['Kim', 'kim-yo-jong']],
    ],
    [
      'Kim Yo Jong, the sister of leader Kim Jong Un, spoke. Kim added more. Leader Kim left.',
      [
        ['Kim', 'kim-yo-jong'],
        ['Kim', 'kim-jong-un'],
      ],
    ],
    [
      'Kim Jong Un spoke. A Kim-Putin summit ended. Kim left.',
      [
        ['Kim', 'kim-jong-un'],
        ['Kim', 'kim-jong-un'],
      ],
    ],
    ["Kim Jong Un spoke. The Workers' Party Kim era endured.", [['Kim', 'kim-jong-un']]],
    ['김정은 위원장이 도착했다. 김 위원장은 연설했다.', [['김', 'kim-jong-un']]],
    ['최선희 외무상이 말했다. 최 외무상의 담화가 나왔다.', [['최', 'choe-son-hui']]],
    ['리용호 외무상이 말했다. 이 외무상은 떠났다.', [['이', 'ri-yong-ho']]],
    ['Kim Yo Jong spoke. 김 제1부부장은 담화를 냈다.', [['김', 'kim-yo-jong']]],
    ['김여정 부부장이 말했다. 김 부부장의 담화였다.', [['김', 'kim-yo-jong']]],
    ['김정은 위원장이 왔다. 김동엽 교수는 말했다. 김 위원장은 떠났다.', [['김', 'kim-jong-un']]],
    ['리용호 외무상이 왔다. 이라크 외무상은 말했다. 이 외무상은 떠났다.', [['이', 'ri-yong-ho']]],
    ['리용호 외무상이 왔다. 이사국 대표는 말했다. 이 외무상은 떠났다.', [['이', 'ri-yong-ho']]],
    [
      '김정은 국무위원장은 왔다. 김여정 당 부부장은 말했다. 김 위원장은 떠났다.',
      [['김', 'kim-jong-un']],
    ],
    [
      '김정은 총비서 겸 국무위원장은 왔다. 김여정 부부장은 말했다. 김 위원장은 떠났다.',
      [['김', 'kim-jong-un']],
    ],
    [
      '김여정 부부장은 말했다. 김정은 국무위원장은 왔다. 김 부부장은 떠났다.',
      [['김', 'kim-yo-jong']],
    ],
    ['김정은 위원장이 왔다. 김여정 부부장은 말했다. 김 대표는 떠났다.', [['김', 'kim-yo-jong']]],
    [
      '김정은 국무위원장이 왔다. 김여정은 이재명 위원장을 비난했다. 김 위원장은 떠났다.',
      [['김', 'kim-jong-un']],
    ],
    [
      'Kim Jong Un met Park Won Gon. At the Park Kim meeting, Kim smiled.',
      [
        ['Park', 'park-won-gon'],
        ['Kim', 'kim-jong-un'],
        ['Kim', 'kim-jong-un'],
      ],
    ],
    [
      'Kim Jong Un met Xi. Kim smiled.\nKim Yo Jong spoke. Kim said no.',
      [
        ['Kim', 'kim-jong-un'],
        ['Kim', 'kim-yo-jong'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(backrefs(text)).toEqual(expected);
  });

  it.each([
    ['Kim said no.', 'nothing precedes'],
    ['Mr. Kim said no.', 'nothing precedes'],
    ['Choe Son Hui spoke. Kim said no.', 'no Kim precedes'],
    ['Kim Yo Jong spoke. Kim Song Nam said no.', 'given names follow'],
    ['Kim Yo Jong spoke. Kim Jae-ryong said no.', 'given names follow'],
    ['Kim Yo Jong spoke. Kim-yong said no.', 'joined to a given name'],
    ['Kim Yo Jong spoke. kim is a word here.', 'lowercase'],
    ['Kim Yo Jong spoke. KIM SAID.', 'capitals'],
    ['Ri Yong Ho spoke. I said no.', 'the English pronoun'],
    ['Kim Yo Jong spoke. The Kimchi was good.', 'inside another word'],
    ['Kim Jong Un spoke. Later, Kim Kardashian posted a photo.', 'another name follows'],
    ['Ri Yong Ho spoke. Lee Child wrote thrillers.', 'another name follows'],
    ['Choe Son Hui spoke. Choe Bros. was fined.', 'another name follows'],
    ['리용호 외무상이 말했다. 이 문제는 어렵다.', 'a syllable alone before no title'],
    ['김 위원장은 연설했다.', 'nothing precedes'],
    ['김정은 위원장이 왔다. 김정 위원장은 말했다.', 'more than the surname'],
    ['김정은 위원장이 왔다. 김위원장은 말했다.', 'joined to the title'],
    [
      '김정은 위원장이 왔다. 김동엽 경남대 극동문제연구소 교수는 말했다. 김 교수는 덧붙였다.',
      'another Kim the article gave that title',
    ],
    ['리용호 외무상이 왔다. 이병철 교수는 평가했다. 이 교수는 말했다.', 'another Ri, a professor'],
    ['Park Won Gon spoke. Lee Myung-Bak answered.', 'a syllable of a given name'],
    [
      '김정은 위원장이 왔다. 김동엽 교수는 말했다. 김정은 위원장은 떠났다. 김 교수도 왔다.',
      'the professor, though Kim Jong Un was named since',
    ],
    // A title that ends a longer one is that title: 비상대책위원장 is a 위원장.
    [
      '김정은 위원장이 왔다. 김용태 비상대책위원장은 반대했다. 김 위원장은 말했다.',
      'another Kim, chair of an emergency committee',
    ],
    [
      '김정은 위원장이 왔다. 김성한 전 국가안보실장은 말했다. 김 실장은 덧붙였다.',
      'another Kim, a former national security adviser',
    ],
    [
      '최선희 외무상이 왔다. 최룡해 상임위원장은 연설했다. 최 위원장은 말했다.',
      'another Choe, chair of a standing committee',
    ],
    [
      '김여정 부부장은 담화를 냈다. 김영호 통일부장관은 반박했다. 김 장관은 말했다.',
      'another Kim, a minister',
    ],
    // Someone else given a title before the registry's person is named keeps it.
    [
      'Senator Andy Kim spoke. Kim Jong Un rejected it. Senator Kim was disappointed.',
      'the senator, named first',
    ],
    [
      'Foreign Minister Kim Min-seok spoke. Kim Yo Jong replied. Foreign Minister Kim left.',
      'the minister, named first',
    ],
    [
      '김용태 비대위원장은 말했다. 김여정 부부장은 반박했다. 김 위원장은 떠났다.',
      'the chair, named first',
    ],
    // An author listed surname first, and a name in capitals, are someone else's.
    ['Kim Jong Un spoke. Kim, Dong-yub. 2019. Analysis.', 'a reference, Korean given name'],
    ['Ri Yong Ho spoke. Lee, Jean H. 2020. Analysis.', 'a reference, Western given name'],
    ['Ri Yong Ho spoke. Lee, Rachel Minyoung, wrote it.', 'a reference, two given names'],
    ['Choe Son Hui spoke. Choe, Sang-Hun (2018).', 'a reference, a year in brackets'],
    ['Kim Song spoke. KIM SANG-JIN (Republic of Korea) replied. Kim added.', 'capitals'],
    // A namesake (a reporter) takes the surname: 김성은 기자 is no Kim Song.
    ['김성 대사가 왔다. 김성은 기자가 보도합니다. 김 기자는 말했다.', 'a reporter'],
  ])('%s: none (%s)', (text) => {
    expect(backrefs(text)).toEqual([]);
  });

  it.each([
    ['Kim Yo Jong spoke. Minister Kim Yung-ho replied. Kim added that talks were over.'],
    ['Kim Jong Un spoke. Kim Kardashian posted. Kim said nothing.'],
    ['Ri Yong Ho spoke. Lee Myung-bak answered. Lee added more.'],
    ['Kim Yo Jong spoke. US envoy Sung Kim met officials. Kim said the US meant no harm.'],
    ['Kim Yo Jong spoke. Sung Kim, the former envoy, replied. Kim added more.'],
    ['Kim Jong Un spoke. Rep. Young Kim criticised the launch.'],
    ['Park Won Gon spoke. Jung-hoon Pak disagreed.'],
    ['Kim Jong Un spoke. "A provocation," said Senator Andy Kim. Kim added more.'],
    ['Ri Yong Ho spoke. The Wilson Center’s Jean H. Lee disagreed. Lee added more.'],
    ['Ri Yong Ho spoke. A fellow, Jean Lee, disagreed.'],
    ['Kim Jong Un spoke. Sen. Andy Kim disagreed.'],
    ['Ri Yong Ho spoke. Jenny Lee agreed. Lee added more.'],
    ['Kim Jong Un spoke.\nAndrew Kim, a former CIA official, said the test failed.'],
    [
      'Ambassador Kim Song spoke. Ambassador Sung Kim replied. Kim Jong Un came. Ambassador Kim left.',
    ],
    [
      'Kim Song spoke. Sung Kim, the former U.S. ambassador, replied. Kim Jong Un came. Ambassador Kim left.',
    ],
  ])('%s: someone the registry does not know takes over the surname', (text) => {
    expect(backrefs(text)).toEqual([]);
  });

  it('still reads a bare surname before a capitalised word in a headline', () => {
    const state = createBackrefState();
    recognizer.scan('Kim Yo Jong issued a statement.', { backrefs: state });
    const headline = recognizer.scan('Kim Says Talks Are Over', { backrefs: state });
    expect(headline.map((m) => [m.text, m.id, m.backref])).toEqual([['Kim', 'kim-yo-jong', true]]);
  });

  it('lets a later full mention of someone else take over the surname', () => {
    expect(
      recognizer
        .scan('Kim Jong Un spoke. Kim Song replied. Kim left.')
        .map((m) => [m.id, m.backref]),
    ).toEqual([
      ['kim-jong-un', false],
      ['kim-song', false],
      ['kim-song', true],
    ]);
  });

  it('carries across scans of successive blocks through a shared state', () => {
    const state = createBackrefState();
    recognizer.scan('Kim Yo Jong issued a statement.', { backrefs: state });
    const next = recognizer.scan('Kim said the talks were over.', { backrefs: state });
    expect(next.map((m) => [m.text, m.id, m.backref])).toEqual([['Kim', 'kim-yo-jong', true]]);
    expect(recognizer.scan('Kim said the talks were over.')).toEqual([]);
  });

  it('a copy of the state goes its own way', () => {
    const state = createBackrefState();
    recognizer.scan('김정은 위원장이 왔다. 김동엽 교수는 말했다.', { backrefs: state });
    state.foreign.add('foreign-ministry');
    const copy = copyBackrefState(state);
    recognizer.scan('김철수 위원장은 말했다.', { backrefs: state });
    state.foreign.add('workers-party-of-korea');
    const later = recognizer.scan('김 위원장은 떠났다.', { backrefs: copy });
    expect(later.map((m) => [m.text, m.id])).toEqual([['김', 'kim-jong-un']]);
    expect(recognizer.scan('김 교수는 떠났다.', { backrefs: copy })).toEqual([]);
    expect([...copy.foreign]).toEqual(['foreign-ministry']);
  });

  it('a fresh state forgets the previous article', () => {
    const first = createBackrefState();
    recognizer.scan('Kim Yo Jong issued a statement.', { backrefs: first });
    expect(recognizer.scan('Kim said so.', { backrefs: createBackrefState() })).toEqual([]);
  });
});
