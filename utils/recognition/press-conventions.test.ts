/**
 * How English and Korean news write names, read with the committed registry
 * (data/generated/lens.json): places named after people, owners written around a generic name,
 * numbers that count something else, and what Korean writes around a name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LensData } from '@/utils/dataset/types';
import { createBackrefState } from '@/utils/recognition/backrefs';
import { compileRecognizer } from '@/utils/recognition/recognizer';

const lens = JSON.parse(readFileSync('data/generated/lens.json', 'utf8')) as LensData;
const recognizer = compileRecognizer(lens.entities);
const read = (text: string) =>
  recognizer
    .scan(text)
    .map(
      (mention) => `${mention.text} → ${mention.id}${mention.backref ? ' (back-reference)' : ''}`,
    );

/** Reads `blocks` as one page's successive paragraphs. */
const readBlocks = (...blocks: string[]) => {
  const backrefs = createBackrefState();
  return blocks.flatMap((block) =>
    recognizer
      .scan(block, { backrefs })
      .map(
        (mention) => `${mention.text} → ${mention.id}${mention.backref ? ' (back-reference)' : ''}`,
      ),
  );
};

describe('English news', () => {
  it('reads a common Western given name before a surname in a byline or a credit line', () => {
    expect(
      readBlocks(
        'Kim Jong Un met Choe Son Hui and Ri Yong Ho.',
        'By Jean H. Lee',
        'Edited by Andy Kim',
        'Contact: Daniel Choe',
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Choe Son Hui → person.choe-son-hui',
      'Ri Yong Ho → person.ri-yong-ho',
    ]);
  });

  it('reads a hyphenated Korean given name in a byline, and one after "by"', () => {
    expect(readBlocks('Kim Jong Un spoke.', 'By Hyung-Jin Kim, Associated Press')).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Associated Press → org.associated-press',
    ]);
    expect(readBlocks('Kim Jong Un spoke.', 'The report by Duyeon Kim said so.')).toEqual([
      'Kim Jong Un → person.kim-jong-un',
    ]);
  });

  it('reads no given name across a line break', () => {
    expect(
      readBlocks('Kim Jong Un spoke.', 'It was confirmed by Reuters\nKim said the test succeeded.'),
    ).toEqual(['Kim Jong Un → person.kim-jong-un', 'Kim → person.kim-jong-un (back-reference)']);
  });

  it("reads a given name before a one-word name as a relative's, but the person's own", () => {
    expect(
      readBlocks(
        'Donald Trump came with Ivanka Trump and Eric Trump. President Trump spoke.',
        '(H.E. Mr. Donald J. Trump, President)',
      ),
    ).toEqual([
      'Donald Trump → person.donald-trump',
      'Trump → person.donald-trump',
      'Trump → person.donald-trump',
    ]);
  });

  it('reads a short paragraph with a short lowercase verb as a sentence, not a headline', () => {
    expect(readBlocks('Ri Yong Ho arrived.', 'He met Wang Yi.')).toEqual([
      'Ri Yong Ho → person.ri-yong-ho',
    ]);
  });

  it.each(['Set', 'Met', 'Hit', 'Got', 'Took', 'Seen', 'Won', 'Ran'])(
    'reads "%s" after a bare surname in a headline as a verb, not a given name',
    (verb) => {
      expect(readBlocks('Kim Yo Jong spoke.', `Kim ${verb} To Visit Russia`)).toEqual([
        'Kim Yo Jong → person.kim-yo-jong',
        'Kim → person.kim-yo-jong (back-reference)',
      ]);
    },
  );

  it('still reads a headline that leaves short words lowercase as a headline', () => {
    expect(readBlocks('Kim Yo Jong spoke.', 'Kim Says Talks to Resume in June')).toEqual([
      'Kim Yo Jong → person.kim-yo-jong',
      'Kim → person.kim-yo-jong (back-reference)',
    ]);
  });

  it('reads a given name before a surname joined to a lowercase word', () => {
    expect(
      readBlocks(
        'Kim Jong Un arrived. The Singapore Kim-Trump summit failed.',
        'She wore an Andre Kim-inspired gown.',
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
      'Trump → person.donald-trump',
    ]);
  });

  it('reads a full name beside an occupation nobody in the dataset has as a namesake', () => {
    expect(
      readBlocks(
        'Kim Jong Un spoke. Actress Kim Jung-eun turns heads. Kim smiled.',
        'Choe Son Hui spoke. Volleyball coach Choi Sun-hee won. Choi said she was happy.',
        'Kim Yong Nam died. Kim Young-nam, a veteran actor, said so.',
        'Kim Jong Un spoke. Kim Jung-eun, an economist at Mirae Asset, said stocks rose.',
        'Kim Yo Jong spoke. Kim Sun-kyung, 34, an office worker, said so.',
        'Kim Jong Un, a fan of the singer, spoke. Kim left.',
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Choe Son Hui → person.choe-son-hui',
      'Kim Yong Nam → person.kim-yong-nam',
      'Kim Jong Un → person.kim-jong-un',
      'Kim Yo Jong → person.kim-yo-jong',
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
    ]);
  });

  it('reads an occupation after a name as an apposition only where one may end or go on', () => {
    expect(
      readBlocks(
        'Kim Jong Un, 41, singer Hyon Song Wol and others came. Kim left.',
        'Asked about Kim Yo Jong, the singer replied. Kim waved.',
        "Choe Son Hui, the talks' key player, spoke. Choe left.",
        'Kim Yo Jong, Hyon (dancer) and Ri came.',
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
      'Kim Yo Jong → person.kim-yo-jong',
      'Kim → person.kim-yo-jong (back-reference)',
      'Choe Son Hui → person.choe-son-hui',
      'Choe → person.choe-son-hui (back-reference)',
      'Kim Yo Jong → person.kim-yo-jong',
    ]);
  });

  it.each([
    'singer',
    'rapper',
    'comedian',
    'golfer',
    'skater',
    'footballer',
    'coach',
    'chef',
    'economist',
    'lawyer',
    'receptionist',
    'worker',
    'nurse',
    'teacher',
    'pianist',
    'dancer',
    'defector',
  ])('reads a full name after "%s" as a namesake', (occupation) => {
    expect(readBlocks(`Kim Jong Un spoke. The ${occupation} Kim Jung-eun came.`)).toEqual([
      'Kim Jong Un → person.kim-jong-un',
    ]);
  });

  it('reads a name written surname first with a comma as lists write it', () => {
    expect(
      readBlocks(
        'CHOE, Son Hui (a.k.a. CHOI, Sun Hee); KIM, Song; DOB 1964.',
        'References: Cheong, Seong-chang. 2020. Park, Won Gon (2019).',
        'Kim Jong Un spoke. Kim, Song Tao and Choe met. Later Kim, Song and Ri left.',
        'Guests: Vladimir, Putin.',
      ),
    ).toEqual([
      'CHOE, Son Hui → person.choe-son-hui',
      'CHOI, Sun Hee → person.choe-son-hui',
      'KIM, Song → person.kim-song',
      'Cheong, Seong-chang → person.cheong-seong-chang',
      'Park, Won Gon → person.park-won-gon',
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
      'Song Tao → person.song-tao',
      'Choe → person.choe-son-hui (back-reference)',
      'Kim → person.kim-jong-un (back-reference)',
      'Song → person.song-tao (back-reference)',
      'Putin → person.vladimir-putin',
    ]);
  });

  it('reads a one-syllable given name after a surname in title case only before a year', () => {
    expect(readBlocks('Booked: Kim, Song. References: Kim, Song. 2021. Statement.')).toEqual([
      'Kim, Song → person.kim-song',
    ]);
  });

  it('ends a name at a possessive: a capitalised word after it is no given name', () => {
    expect(
      readBlocks("Kim Jong Un arrived. After Kim's Beijing visit, Kim's KCNA speech followed."),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
      'Kim → person.kim-jong-un (back-reference)',
      'KCNA → org.kcna',
    ]);
  });

  it('ends a name at a possessive: a place after it continues no name', () => {
    expect(
      readBlocks(
        "Kim Jong Un arrived. Kim's Pyongyang speech and Trump's Hanoi summit came first. Kim left.",
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
      'Trump → person.donald-trump',
      'Kim → person.kim-jong-un (back-reference)',
    ]);
  });

  it("reads a family's name as no one person's", () => {
    expect(
      read(
        'Kim Yo Jong spoke. The Kim family, the Kim dynasty, the Kim clan: the Kim regime is isolated. The Kim bloodline, the Kim lineage, the Kim household. Kim left.',
      ),
    ).toEqual(['Kim Yo Jong → person.kim-yo-jong', 'Kim → person.kim-yo-jong (back-reference)']);
  });

  it("reads a date after a generic name's link as no other owner, and a place as one", () => {
    expect(
      read(
        'Kim Jong Un attended the Victory Day parade in September. Putin hosts the Victory Day parade on Red Square. It was the Victory Day parade on Sept. 3.',
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Victory Day parade → forum.victory-day-parade',
      'Putin → person.vladimir-putin',
      'Victory Day parade → forum.victory-day-parade',
    ]);
  });

  it("reads Russia's Security Council Secretary and China's Politburo Standing Committee as theirs", () => {
    expect(
      read(
        'Kim Jong Un met Security Council Secretary Sergei Shoigu. Politburo Standing Committee member Zhao Leji came. The WPK Politburo met at the Security Council. Secretary Rubio spoke.',
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'WPK Politburo → org.political-bureau',
      'Security Council → forum.un-security-council',
    ]);
  });

  it('takes no surname over with a place named after someone', () => {
    expect(
      read(
        'Kim Jong Un watched a parade at Kim Il Sung Square. Kim waved. He visited Kim Chaek University of Technology, where Kim spoke.',
      ),
    ).toEqual([
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
      'Kim → person.kim-jong-un (back-reference)',
    ]);
  });

  it("takes no surname over with a relative's name", () => {
    expect(
      read(
        'Choe Son Hui spoke. She is the adopted daughter of Choe Yong-rim. Choe studied in Austria. Kim Jong Un came with his daughter Kim Ju Ae. Kim waved.',
      ),
    ).toEqual([
      'Choe Son Hui → person.choe-son-hui',
      'Choe → person.choe-son-hui (back-reference)',
      'Kim Jong Un → person.kim-jong-un',
      'Kim → person.kim-jong-un (back-reference)',
    ]);
  });

  it("reads a possessive of the body's own owner as its own", () => {
    expect(
      read("The North's foreign ministry said so. South Korea's Foreign Ministry did not."),
    ).toEqual(['foreign ministry → org.dprk-foreign-ministry']);
  });

  it("follows a North Korean body's owner to the owner's own", () => {
    expect(
      read(
        [
          'Cai Qi, a member of the Political Bureau of the Central Committee of the Communist Party of China, arrived.',
          'He met a member of the Politburo of the Workers\u2019 Party of Korea.',
          'The Ministry of Foreign Affairs of the Republic of Korea protested.',
        ].join('\n'),
      ),
    ).toEqual([
      'Politburo → org.political-bureau',
      'Workers\u2019 Party of Korea → org.workers-party-of-korea',
    ]);
  });

  it("reads an owner's possessive across the words that describe its body", () => {
    expect(
      read(
        "Russia's powerful Security Council met; Brazil's ruling Workers' Party won; China's 24-member Politburo sat. The UN's powerful Security Council did not.",
      ),
    ).toEqual(['UN → forum.united-nations', 'Security Council → forum.un-security-council']);
  });

  it('reads no missile in a number English counts', () => {
    expect(
      read(
        'Hwaseong 15 years ago was farmland, 20 km away. A fire in Hwaseong 20 minutes after midnight. Two Hwasong-15 missiles flew.',
      ),
    ).toEqual(['Hwasong-15 → programme.hwasong-15']);
  });
});

describe('Korean news', () => {
  it('reads 에선 and "called" after a name', () => {
    expect(read('유엔 안보리에선 논의가 없었다. 김여정이라는 사람, 김정은이란 이름.')).toEqual([
      '유엔 안보리 → forum.un-security-council',
      '김여정 → person.kim-yo-jong',
      '김정은 → person.kim-jong-un',
    ]);
  });

  it("reads the leader's titles as one another's: 총비서, 국무위원장, 위원장", () => {
    expect(
      read('김정은 총비서는 말했다. 김여정 부부장도 담화를 냈다. 김 위원장은 시정연설을 했다.'),
    ).toEqual([
      '김정은 → person.kim-jong-un',
      '김여정 → person.kim-yo-jong',
      '김 → person.kim-jong-un (back-reference)',
    ]);
  });

  it("reads the press's spellings of the Central Committee and of North Korea's ministry", () => {
    expect(
      read(
        '조선로동당 중앙위원회 전원회의, 노동당 중앙위 결정. 일본 외무성은 항의했다. 북 외무성 대변인은 반박했다.',
      ),
    ).toEqual([
      '조선로동당 중앙위원회 → org.party-central-committee',
      '노동당 중앙위 → org.party-central-committee',
      '북 외무성 → org.dprk-foreign-ministry',
    ]);
  });

  it("gives a title to whoever was given it before another of the leader's", () => {
    expect(
      read(
        '국민의힘 김용태 비상대책위원장은 "김정은 총비서의 도발"을 규탄했다. 김 위원장은 또 말했다.',
      ),
    ).toEqual(['김정은 → person.kim-jong-un']);
  });

  it("reads a deputy's title as another office", () => {
    expect(read('김정은 국무위원장이 왔다. 김영철 부위원장이 말했다. 김 위원장은 떠났다.')).toEqual(
      ['김정은 → person.kim-jong-un', '김 → person.kim-jong-un (back-reference)'],
    );
  });

  it('reads 총서기 as a title', () => {
    expect(read('시진핑 국가주석 겸 총서기는 말했다. 시 총서기는 밝혔다.')).toEqual([
      '시진핑 → person.xi-jinping',
      '시 → person.xi-jinping (back-reference)',
    ]);
  });

  it('reads 전 ("former") between a surname and its title', () => {
    expect(read('문재인 전 대통령은 말했다. 문 전 대통령은 회고록에서 밝혔다.')).toEqual([
      '문재인 → person.moon-jae-in',
      '문 → person.moon-jae-in (back-reference)',
    ]);
  });

  it('reads 부소장 as a title', () => {
    expect(read('정성장 세종연구소 부소장은 말했다. 정 부소장의 분석이다.')).toEqual([
      '정성장 → person.cheong-seong-chang',
      '세종연구소 → org.sejong-institute',
      '정 → person.cheong-seong-chang (back-reference)',
    ]);
  });

  it('reads no missile in ages, ranges and floor areas', () => {
    expect(read('경기 화성 20대 남성이 다쳤다. 화성 20~30대 주민, 화성 20평대 아파트.')).toEqual(
      [],
    );
  });

  it("reads another country's body through the word between them, and KCNA's Russia", () => {
    expect(
      read(
        '로씨야련방 외무성 대변인은 말했다. 영국 집권 노동당 정부는 밝혔다. 중국 공산당 중앙위원회 정치국 회의. 조선로동당 중앙위원회 정치국 회의.',
      ),
    ).toEqual([
      '조선로동당 중앙위원회 → org.party-central-committee',
      '정치국 → org.political-bureau',
    ]);
  });

  it("reads a field in brackets after a name as a namesake's", () => {
    expect(
      read('최선희(배구 선수)는 출전했다. 최선희(배우)도 왔다. 최선희(崔善姬) 외무상.'),
    ).toEqual(['최선희 → person.choe-son-hui']);
  });

  it('gives a surname to whoever is named with a given name first', () => {
    expect(
      read(
        '김성 대사는 말했다. 김 대사는 덧붙였다. 성 김 전 미국 대북특별대표는 말했다. 김 전 대표는 밝혔다.',
      ),
    ).toEqual(['김성 → person.kim-song', '김 → person.kim-song (back-reference)']);
  });

  it('reads a name of two syllables before a body and a title', () => {
    expect(
      read(
        '조한범 연구위원은 말했다. 조현 외교부 장관은 말했다. 조 장관은 밝혔다. 조 연구위원은 덧붙였다.',
      ),
    ).toEqual(['조한범 → person.cho-han-bum', '조 → person.cho-han-bum (back-reference)']);
  });

  it('reads a middle dot between two countries as a hyphen', () => {
    expect(read('북·미 정상회담이 열렸다.')).toEqual([
      '북·미 정상회담 → forum.us-north-korea-summit',
    ]);
  });

  it('reads a full name with 박 in it as a name', () => {
    expect(
      read('이재명 대통령은 말했다. 이명박 전 대통령은 말했다. 이 전 대통령은 밝혔다.'),
    ).toEqual(['이재명 → person.lee-jae-myung']);
  });
});
