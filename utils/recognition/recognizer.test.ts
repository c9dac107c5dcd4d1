import { describe, expect, it } from 'vitest';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';
import { compileRecognizer } from '@/utils/recognition/recognizer';
import { supportedMentions } from '@/utils/recognition/topic';

const recognizer = compileRecognizer(ENTITIES);
const found = (text: string) => recognizer.scan(text).map((mention) => [mention.text, mention.id]);

describe('names written in other romanizations, none of them in the registry', () => {
  it.each([
    ['Choe Son Hui', 'choe-son-hui'],
    ['Choe Son-hui', 'choe-son-hui'],
    ['Choe Sonhui', 'choe-son-hui'],
    ['Choi Son-hui', 'choe-son-hui'],
    ['Choi Sun-hee', 'choe-son-hui'],
    ['Choe Seon-hui', 'choe-son-hui'],
    ["Ch'oe Sŏn-hŭi", 'choe-son-hui'],
    ['Ch’oe Sŏn Hŭi', 'choe-son-hui'],
    ['Chʼoe Sŏnhŭi', 'choe-son-hui'],
    ['CHOE SON HUI', 'choe-son-hui'],
    ['choe son hui', 'choe-son-hui'],
    ['Choe\u00a0Son\u00a0Hui', 'choe-son-hui'],
    ['Choe Son\u00adhui', 'choe-son-hui'],
    ['Choe Son\u200bhui', 'choe-son-hui'],
    ['Choe\nSon-hui', 'choe-son-hui'],
    ['Choe Son\u2010hui', 'choe-son-hui'],
    ['Choe Son\u2011hui', 'choe-son-hui'],
    ['Choe Son\u2013hui', 'choe-son-hui'],
    ['Kim Sun Kyung', 'kim-son-gyong'],
    ['Kim Son-gyong', 'kim-son-gyong'],
    ['Kim Seon-gyeong', 'kim-son-gyong'],
    ['Kim Sŏn-kyŏng', 'kim-son-gyong'],
    ['Ri Yong-ho', 'ri-yong-ho'],
    ['Lee Yong-ho', 'ri-yong-ho'],
    ['Rhee Yong Ho', 'ri-yong-ho'],
    ['Yi Yong-ho', 'ri-yong-ho'],
    ['Ri Young-ho', 'ri-yong-ho'],
    ['Kim Jong-un', 'kim-jong-un'],
    ['Kim Jong-Un', 'kim-jong-un'],
    ['Kim Jung Un', 'kim-jong-un'],
    ['Kim Jong Eun', 'kim-jong-un'],
    ['Kim Chŏng-ŭn', 'kim-jong-un'],
    ['Kim Jongun', 'kim-jong-un'],
    ['Kim Yo-jong', 'kim-yo-jong'],
    ['Kim Yeo-jeong', 'kim-yo-jong'],
    ['Kim Yojong', 'kim-yo-jong'],
    ['Kim Yŏ-jŏng', 'kim-yo-jong'],
    ['Kim Yong-nam', 'kim-yong-nam'],
    ['Kim Young-nam', 'kim-yong-nam'],
    ['Kim Yeong-nam', 'kim-yong-nam'],
    ['Choe Tae-bok', 'choe-thae-bok'],
    ["Ch'oe T'ae-bok", 'choe-thae-bok'],
    ['Choi Tae Bok', 'choe-thae-bok'],
    ['Kang Seok-ju', 'kang-sok-ju'],
    ['Kang Sok-joo', 'kang-sok-ju'],
    ['Gang Sŏk-chu', 'kang-sok-ju'],
    ['Ri Soo Yong', 'ri-su-yong'],
    ['Lee Su-yong', 'ri-su-yong'],
    ['Pak Won Gon', 'park-won-gon'],
    ['Bak Won-gon', 'park-won-gon'],
    ['Kim Il-sung', 'kim-il-sung'],
    ['Kim Il Song', 'kim-il-sung'],
  ])('"%s" is %s', (name, id) => {
    expect(found(`Yesterday ${name} said so.`)).toEqual([[name, id]]);
  });

  it('excludes a possessive from the mention', () => {
    expect(found("Choe Son-hui’s speech and Kim Jong Un's visit")).toEqual([
      ['Choe Son-hui', 'choe-son-hui'],
      ['Kim Jong Un', 'kim-jong-un'],
    ]);
  });
});

describe('forums and organisations', () => {
  it.each([
    ['UN General Assembly', 'un-general-assembly'],
    ['United Nations General Assembly', 'un-general-assembly'],
    ['UN general assembly', 'un-general-assembly'],
    ['UNGA', 'un-general-assembly'],
    ['United Nations (UN) General Assembly', 'un-general-assembly'],
    ['U.N. Security Council', 'un-security-council'],
    ['UN Security Council', 'un-security-council'],
    ['United Nations Security Council', 'un-security-council'],
    ['Security Council', 'un-security-council'],
    ['security council', 'un-security-council'],
    ['UNSC', 'un-security-council'],
    ["Supreme People's Assembly", 'supreme-peoples-assembly'],
    ['Supreme People’s Assembly', 'supreme-peoples-assembly'],
    ['SUPREME PEOPLE’S ASSEMBLY', 'supreme-peoples-assembly'],
    ['SPA', 'supreme-peoples-assembly'],
    ["Workers' Party of Korea", 'workers-party-of-korea'],
    ['Workers Party of Korea', 'workers-party-of-korea'],
    ['Workers’ Party of Korea', 'workers-party-of-korea'],
    ["Workers' Party", 'workers-party-of-korea'],
    ['workers’ party', 'workers-party-of-korea'],
    ["Korean Workers' Party", 'workers-party-of-korea'],
    ['WPK', 'workers-party-of-korea'],
    ['KWP', 'workers-party-of-korea'],
    ['Political Bureau', 'political-bureau'],
    ['Politburo', 'political-bureau'],
    ['KCNA', 'kcna'],
    ['Korean Central News Agency', 'kcna'],
    ['Ministry of Foreign Affairs', 'foreign-ministry'],
    ['Asia-Pacific Economic Cooperation', 'apec'],
    ['Asia Pacific Economic Cooperation', 'apec'],
    ['APEC', 'apec'],
  ])('"%s" is %s', (name, id) => {
    expect(found(`At the ${name} on Monday.`)).toEqual([[name, id]]);
  });

  it.each(['spa', 'Spa', 'kcna', 'Kcna', 'unsc', 'wpk', 'Apec'])(
    'acronyms are case-sensitive: "%s" is nothing',
    (word) => {
      expect(found(`A ${word} day.`)).toEqual([]);
    },
  );
});

describe('Korean text', () => {
  it.each([
    ['최선희는 연설했다.', '최선희', 'choe-son-hui'],
    ['최선희', '최선희', 'choe-son-hui'],
    ['리용호 외무상', '리용호', 'ri-yong-ho'],
    ['이용호가 말했다', '이용호', 'ri-yong-ho'],
    ['김여정이 담화를', '김여정', 'kim-yo-jong'],
    ['김정은의 방문', '김정은', 'kim-jong-un'],
    ['김정은께서', '김정은', 'kim-jong-un'],
    ['김성은 유엔 대사', '김성', 'kim-song'],
    ['김선경에게도', '김선경', 'kim-son-gyong'],
    ['조선로동당 중앙위원회', '조선로동당', 'workers-party-of-korea'],
    ['조선노동당의', '조선노동당', 'workers-party-of-korea'],
    ['최고인민회의에서', '최고인민회의', 'supreme-peoples-assembly'],
    ['유엔 총회에서', '유엔 총회', 'un-general-assembly'],
    ['유엔총회에서', '유엔총회', 'un-general-assembly'],
    ['안보리는', '안보리', 'un-security-council'],
    ['조선중앙통신은 보도했다', '조선중앙통신', 'kcna'],
    ['정치국 위원', '정치국', 'political-bureau'],
  ])('%s → %s', (text, mention, id) => {
    expect(found(text)).toEqual([[mention, id]]);
  });

  it.each([
    ['최선희망을 품고', 'a longer word (최선 + 희망)'],
    ['김성남 대사', 'a longer name'],
    ['김정일 위원장', 'Kim Jong Il'],
    ['김일성광장에서', 'Kim Il Sung Square'],
    ['북김정은', 'a match that does not start a word'],
  ])('%s: nothing (%s)', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('look-alikes are rejected', () => {
  it.each([
    ['Kim Song Nam arrived.'],
    ['Kim Song-nam arrived.'],
    ['Kim Sŏng-nam arrived.'],
    ['Kim Songnam arrived.'],
    ['Kim Jong Il arrived.'],
    ['Kim Jong-il arrived.'],
    ['Kim Il Sung Square was full.'],
    ['Kim Il Sung University students'],
    ['Donald Trump Jr. visited Seoul.'],
    ['The Trump Organization declined to comment.'],
    ['We ate at the Kim Song Restaurant in Flushing.'],
    ['KCNA Watch archived the statement.'],
    ['The APEC Foundation met.'],
    ['Kim Son arrived.'],
    ['Kim Sun-hee arrived.'],
    ['Ri Yong Hoon arrived.'],
    ['Kim Yoo-jung co-stars.'],
    ['Kim Jong Unification'],
    ['Kim Jong\u2014Un'],
    ['Kim. Song'],
    ['Choe, Son Hui said'],
    ['UNSCOM inspectors'],
    ['SPAin'],
    ['The Securities Council'],
    ['Workers parties'],
    ['United Nations, UN General'],
    ['U.N: Security'],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['Ri Yong Ho Gone From Public View', [['Ri Yong Ho', 'ri-yong-ho']]],
    ['Choe Son Hui Open To Talks With Seoul', [['Choe Son Hui', 'choe-son-hui']]],
    ['Kim Song Gone From Public View', [['Kim Song', 'kim-song']]],
    ['Kim Song Open To Talks', [['Kim Song', 'kim-song']]],
    ['Trump Are Set To Meet Again', [['Trump', 'donald-trump']]],
    ['Kim Song Nam Arrives In Seoul', []],
    [
      'Choe Son Hui Kim Yo Jong and Ri met.',
      [
        ['Choe Son Hui', 'choe-son-hui'],
        ['Kim Yo Jong', 'kim-yo-jong'],
      ],
    ],
  ])('a whole name or a headline word ends the name: %s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('a name followed by a non-name word still matches', () => {
    expect(found('Kim Song in New York; Kim Song-led talks; Kim Song and Choe')).toEqual([
      ['Kim Song', 'kim-song'],
      ['Kim Song', 'kim-song'],
      ['Kim Song', 'kim-song'],
    ]);
  });
});

describe('a word in capitals inside an alias is matched as written', () => {
  it.each([
    [
      'Members voted on Security Council resolution 2397.',
      [['Security Council', 'un-security-council']],
    ],
    ['They agreed on General Assembly rules.', []],
    ['ON SECURITY COUNCIL', [['SECURITY COUNCIL', 'un-security-council']]],
    ['the un security council', [['security council', 'un-security-council']]],
    ['UN general assembly', [['UN general assembly', 'un-general-assembly']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a word of an alias split across words on the page', () => {
  it.each([
    ['Putin said so.', [['Putin', 'vladimir-putin']]],
    ['Vladimir Putin said so.', [['Vladimir Putin', 'vladimir-putin']]],
    ['Pu-tin said so.', [['Pu-tin', 'vladimir-putin']]],
    ['The results, but in a list.', []],
    ['But in general, no.', []],
    ['It was put in place.', []],
    ['Loaded during boot in a list.', []],
    ['Chong Ryon members met.', [['Chong Ryon', 'chongryon']]],
    ['Chong-ryon members met.', [['Chong-ryon', 'chongryon']]],
    ['chong ryon members met.', []],
    [
      'choe son hui and Choe Sonhui',
      [
        ['choe son hui', 'choe-son-hui'],
        ['Choe Sonhui', 'choe-son-hui'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a generic name qualified by another name before it', () => {
  it.each([
    ['Officials of the White House National Security Council declined to comment.', []],
    ["South Korea's National Security Council convened on Sunday.", []],
    ["Brazil's Workers' Party leaders gathered on Sunday.", []],
    [
      'Yesterday Security Council members discussed sanctions.',
      [['Security Council', 'un-security-council']],
    ],
    [
      'He said: Security Council members should act.',
      [['Security Council', 'un-security-council']],
    ],
    [
      "the UN's Security Council should meet on Monday.",
      [["UN's Security Council", 'un-security-council']],
    ],
    ['North Korea Slams Security Council Meeting', [['Security Council', 'un-security-council']]],
    ["The ruling Workers' Party met on Monday.", [["Workers' Party", 'workers-party-of-korea']]],
    [
      'Officials of the Foreign Ministry said on Monday.',
      [['Foreign Ministry', 'foreign-ministry']],
    ],
    // A qualifier opening a sentence, a bracket or a line is still one.
    ['Chinese Foreign Ministry spokesperson Lin Jian said so.', []],
    ['Russian Security Council Secretary Sergei Shoigu arrived.', []],
    ['A photo. (Russian Foreign Ministry/Handout)', []],
    ['UK: National Security Council meets.', []],
    ["Turkey: Kurdistan Workers' Party fighters disarmed.", []],
    // A word that opens a sentence without saying whose the name is qualifies nothing.
    ['The Security Council met.', [['Security Council', 'un-security-council']]],
    [
      'When Security Council members met, they disagreed.',
      [['Security Council', 'un-security-council']],
    ],
    ['Several Security Council diplomats left.', [['Security Council', 'un-security-council']]],
    ['(Foreign Ministry officials declined.)', [['Foreign Ministry', 'foreign-ministry']]],
    // Nor does a date, possessive or not.
    ["Monday's Security Council meeting was tense.", [['Security Council', 'un-security-council']]],
    ['A January Security Council session opened.', [['Security Council', 'un-security-council']]],
    // Opening a sentence, only a people's or country's word qualifies.
    ['Recent Security Council sessions failed.', [['Security Council', 'un-security-council']]],
    ['Emergency Security Council meeting called.', [['Security Council', 'un-security-council']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("an abbreviation's final period", () => {
  const abbreviations = compileRecognizer([
    ...ENTITIES,
    {
      id: 'united-nations',
      name: 'United Nations',
      type: 'forum',
      category: 'forum',
      aliases: ['U.N.'],
      acronyms: ['UN'],
      hangul: [],
    },
  ]);
  const inText = (text: string) =>
    abbreviations.scan(text).map((mention) => [mention.text, mention.id]);

  it.each([
    ['U.N. sanctions bite.', [['U.N.', 'united-nations']]],
    ['The U.N.-backed plan failed.', [['U.N.', 'united-nations']]],
    ['Sanctions imposed by the U.N.', [['U.N.', 'united-nations']]],
    ['A statement (U.N.) followed.', [['U.N.', 'united-nations']]],
    ['The U.N body met.', []],
    ['The U.N. Security Council met.', [['U.N. Security Council', 'un-security-council']]],
  ])('%s', (text, expected) => {
    expect(inText(text)).toEqual(expected);
  });
});

describe('a generic name owned by another name after it', () => {
  it.each([
    ['The Ministry of Foreign Affairs of Japan protested.', []],
    ['The Foreign Ministry of South Korea protested.', []],
    ['The Security Council of Japan met.', []],
    ['The Political Bureau of the CPC Central Committee met.', []],
    ["The Workers' Party of Britain met.", []],
    ['He visited the UN office in Geneva.', []],
    ['The Foreign Ministry of the DPRK said so.', [['Foreign Ministry', 'foreign-ministry']]],
    [
      'The Security Council of the United Nations met.',
      [['Security Council', 'un-security-council']],
    ],
    [
      'The Political Bureau of the WPK met.',
      [
        ['Political Bureau', 'political-bureau'],
        ['WPK', 'workers-party-of-korea'],
      ],
    ],
    ['The Security Council in New York met.', [['Security Council', 'un-security-council']]],
    ['The Security Council of all members met.', [['Security Council', 'un-security-council']]],
    ['The UN office said so.', [['UN office', 'un-office-pyongyang']]],
    ['He visited the UN office in Pyongyang.', [['UN office in Pyongyang', 'un-office-pyongyang']]],
    ['The foreign ministry in Seoul summoned him.', []],
    ['The Ministry of Foreign Affairs in Tokyo protested.', []],
    [
      'The Foreign Ministry in Pyongyang said so.',
      [['Foreign Ministry in Pyongyang', 'foreign-ministry']],
    ],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('ambiguous names', () => {
  const flagged = (text: string) =>
    recognizer.scan(text).map((mention) => [mention.text, mention.ambiguous]);

  it('are flagged, and nothing else is', () => {
    expect(
      flagged("The SPA and the SPA's session, the Supreme People's Assembly and KCNA"),
    ).toEqual([
      ['SPA', true],
      ['SPA', true],
      ["Supreme People's Assembly", false],
      ['KCNA', false],
    ]);
    expect(flagged('Choe Son Hui and 최고인민회의').map(([, ambiguous]) => ambiguous)).toEqual([
      false,
      false,
    ]);
  });

  it('include generic names, and not their qualified forms', () => {
    expect(flagged('The Security Council and the UN Security Council met.')).toEqual([
      ['Security Council', true],
      ['UN Security Council', false],
    ]);
    expect(flagged('안보리가 열렸다. 유엔안보리가 열렸다. 노동당과 조선로동당.')).toEqual([
      ['안보리', true],
      ['유엔안보리', false],
      ['노동당', true],
      ['조선로동당', false],
    ]);
  });

  it('count only beside another mention of the text', () => {
    const supported = (text: string) =>
      supportedMentions(recognizer.scan(text)).map((mention) => mention.text);
    expect(supported('Server-side rendering or an SPA?')).toEqual([]);
    expect(supported('The SPA met, KCNA said.')).toEqual(['SPA', 'KCNA']);
    expect(supported('The condo board copied the Security Council.')).toEqual([]);
    expect(supported('The Security Council met; Choe Son Hui spoke.')).toEqual([
      'Security Council',
      'Choe Son Hui',
    ]);
  });
});

describe('a lowercase function word', () => {
  it('starts no name, though it reads as its first syllable', () => {
    const thae = compileRecognizer([
      {
        id: 'thae-yong-ho',
        name: 'Thae Yong Ho',
        type: 'person',
        category: 'official',
        aliases: [],
        acronyms: [],
        hangul: [],
      },
    ]);
    const texts = (text: string) => thae.scan(text).map((mention) => mention.text);
    expect(texts('He met the yong ho group.')).toEqual([]);
    expect(texts('He met Thae Yong Ho and thae yong ho.')).toEqual([
      'Thae Yong Ho',
      'thae yong ho',
    ]);
    expect(texts('He met The Yong Ho.')).toEqual(['The Yong Ho']);
  });
});

describe('one-word names of people', () => {
  it.each([
    ['Trump said so.', [['Trump', 'donald-trump']]],
    ['TRUMP SAID SO.', [['TRUMP', 'donald-trump']]],
    ['It was a trump card.', []],
    ['The Trump-Kim summit.', [['Trump', 'donald-trump']]],
    ['The Putin-Kim summit.', [['Putin', 'vladimir-putin']]],
    ['Kim Song-il spoke.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('longest match wins', () => {
  it.each([
    ['the UN Security Council met', [['UN Security Council', 'un-security-council']]],
    ["the Workers' Party of Korea", [["Workers' Party of Korea", 'workers-party-of-korea']]],
    [
      'Kim Son Gyong and Kim Song',
      [
        ['Kim Son Gyong', 'kim-son-gyong'],
        ['Kim Song', 'kim-song'],
      ],
    ],
    ['Kim Il Sung', [['Kim Il Sung', 'kim-il-sung']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('mentions', () => {
  it('carry UTF-16 offsets into the text, sorted by start', () => {
    const text = '😀 Ch’oe Sŏn-hŭi’s aide met 김여정이 at the UNSC; Choe said.';
    const mentions = recognizer.scan(text);
    expect(mentions.map((m) => [m.text, m.id, m.type, m.backref])).toEqual([
      ['Ch’oe Sŏn-hŭi', 'choe-son-hui', 'person', false],
      ['김여정', 'kim-yo-jong', 'person', false],
      ['UNSC', 'un-security-council', 'forum', false],
      ['Choe', 'choe-son-hui', 'person', true],
    ]);
    for (const mention of mentions)
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions.map((m) => m.start)).toEqual(
      [...mentions.map((m) => m.start)].sort((a, b) => a - b),
    );
    expect(mentions[0]!.name).toBe('Choe Son Hui');
  });

  it('finds nothing in empty or unrelated text', () => {
    expect(found('')).toEqual([]);
    expect(found('The weather in Seoul was mild.')).toEqual([]);
  });
});
