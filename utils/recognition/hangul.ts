/**
 * Hangul: syllable folding for North and South Korean spellings (initial sound law), the
 * particles that may follow a name inside one written word, the titles written after a name or
 * a surname standing alone, and what a Korean full name looks like.
 */

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;
const INITIAL_N = 2;
const INITIAL_R = 5;
const INITIAL_NONE = 11;
/** ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: vowels before which South Korean spelling drops an initial ㄹ or ㄴ. */
const DROPPING_MEDIALS = new Set([2, 3, 6, 7, 12, 17, 20]);

export function isHangulSyllable(code: number): boolean {
  return code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE;
}

/**
 * Folds one Hangul syllable so the North Korean and South Korean spellings agree:
 * 리→이, 룡→용, 녀→여, 로→노, 락→낙. Applied to every syllable, so 조선로동당 = 조선노동당.
 */
export function foldHangulSyllable(syllable: string): string {
  const code = syllable.charCodeAt(0) - FIRST_SYLLABLE;
  const initial = Math.floor(code / (MEDIALS * FINALS));
  const medial = Math.floor(code / FINALS) % MEDIALS;
  let folded = initial;
  if (initial === INITIAL_R) folded = DROPPING_MEDIALS.has(medial) ? INITIAL_NONE : INITIAL_N;
  else if (initial === INITIAL_N && DROPPING_MEDIALS.has(medial)) folded = INITIAL_NONE;
  if (folded === initial) return syllable;
  return String.fromCharCode(
    FIRST_SYLLABLE + (folded * MEDIALS + medial) * FINALS + (code % FINALS),
  );
}

/** Case and postpositional particles written joined to a noun. */
const PARTICLES = [
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '에게',
  '에게서',
  '에서',
  // 에서 as headlines shorten it: 北 유엔총회서, 안보리서; and 에서는 and 에는 as speech does:
  // 안보리에선, 안보리엔.
  '서',
  '에선',
  '엔',
  '께',
  '께서',
  '한테',
  '한텐',
  '에겐',
  '와',
  '과',
  '도',
  '만',
  '으로',
  '로',
  '으로서',
  '로서',
  '으로써',
  '로써',
  '부터',
  '까지',
  '처럼',
  '보다',
  '하고',
  '이나',
  '나',
  '이랑',
  '랑',
  '조차',
  '마저',
  '뿐',
  '이다',
  '였다',
  '이었다',
  '이며',
  '며',
  '라고',
  '이라고',
  // "called": 김여정이라는 사람, 김정은이란.
  '라는',
  '이란',
  '씨',
  '님',
];
const PARTICLE_SET = new Set(PARTICLES);
const LONGEST_PARTICLE = Math.max(...PARTICLES.map((particle) => particle.length));
const MAX_PARTICLES = 3;

/** True when `rest` is one to three particles in a row ("는", "에게도", "과의"). */
export function isParticleSequence(rest: string, depth = 0): boolean {
  if (rest === '') return depth > 0;
  if (depth === MAX_PARTICLES) return false;
  for (let length = Math.min(LONGEST_PARTICLE, rest.length); length > 0; length--) {
    if (
      PARTICLE_SET.has(rest.slice(0, length)) &&
      isParticleSequence(rest.slice(length), depth + 1)
    )
      return true;
  }
  return false;
}

/**
 * The copula's endings as speech and notes write it joined to a noun: 김정은이야, 김선경인가,
 * 김정은인데, 김정은이네, 최선희였나, 김여정임. Read after a name only where they cannot end a
 * longer name (김성임 may be a name of its own; see the recognizer).
 */
const ENDINGS = new Set(['이야', '야', '인가', '인데', '이네', '네', '이었나', '였나', '임']);

/** True when `rest` is one of the copula's spoken endings (`ENDINGS`). */
export function isSpokenEnding(rest: string): boolean {
  return ENDINGS.has(rest);
}

/** Nouns written joined to the name of a forum, with particles after them: 안보리회의에서. */
const JOINED_NOUNS = ['회의'];

/** True when `rest` is a noun of `JOINED_NOUNS`, alone or with particles (회의에서). */
export function isJoinedNoun(rest: string): boolean {
  return JOINED_NOUNS.some(
    (noun) =>
      rest.startsWith(noun) && (rest === noun || isParticleSequence(rest.slice(noun.length))),
  );
}

/**
 * Titles Korean text writes after a surname standing alone, for someone it named in full before:
 * 김 위원장 (Chairman Kim), 최 외무상 (Foreign Minister Choe), 시 주석 (President Xi). An
 * ordinal before one (제1부부장) is read by the recognizer.
 */
const TITLES = new Set([
  '국무위원장',
  '위원장',
  '총비서',
  '부부장',
  '외무상',
  '부상',
  '부장',
  '비서',
  '총리',
  '대통령',
  '주석',
  '총서기',
  '장관',
  '대사',
  '특별대표',
  '대표',
  '의장',
  '원수',
  '동지',
  '교수',
  '연구위원',
  '연구원',
  '의원',
  '기자',
  '특파원',
  '소장',
  '부소장',
  '원장',
  '총장',
  '사무총장',
  '실장',
  '국장',
  '차관',
  '대변인',
  '박사',
  '회장',
]);
const LONGEST_TITLE = Math.max(...[...TITLES].map((title) => title.length));

/**
 * Titles that end a longer one naming the office's body: 비상대책위원장, 국가안보실장, 통일부장관,
 * 내각총리, 국회의원. Not the ones that end common words too (회의장, 명대사, 활동지).
 */
const COMPOUND_ENDS = new Set([
  '위원장',
  '실장',
  '장관',
  '차관',
  '총리',
  '대변인',
  '원장',
  '국장',
  '부장',
  '대표',
  '의원',
  '총장',
]);

/**
 * The title `word` is, alone or with particles after it (위원장은, 외무상이), if it is one. With
 * `compound`, also a longer title that ends with one (비상대책위원장은 is a 위원장).
 */
export function titleOf(word: string, compound = false): string | undefined {
  for (let length = Math.min(LONGEST_TITLE, word.length); length > 1; length--) {
    const title = word.slice(0, length);
    if (!TITLES.has(title)) continue;
    const rest = word.slice(length);
    if (rest === '' || isParticleSequence(rest)) return title;
  }
  return compound ? compoundTitleOf(word) : undefined;
}

/** The deputy's prefix (부위원장, "vice chairman"). */
const DEPUTY = '부';

function compoundTitleOf(word: string): string | undefined {
  for (let end = word.length; end > 2; end--) {
    const rest = word.slice(end);
    if (rest !== '' && !isParticleSequence(rest)) continue;
    for (let length = Math.min(LONGEST_TITLE, end - 1); length > 1; length--) {
      const title = word.slice(end - length, end);
      if (!COMPOUND_ENDS.has(title)) continue;
      // A deputy's title names another office: 부위원장 is no 위원장, nor a 원장 (통일부장관 is a
      // 장관).
      return word.slice(0, end - length) === DEPUTY ? undefined : title;
    }
  }
  return undefined;
}

/**
 * Syllables Korean given names are commonly made of, folded (see `foldHangulSyllable`): enough
 * to tell 김동엽 or 이병철 from a word that starts with a surname's syllable (이라크, 이집트,
 * 이번에, 이사국, 김해시).
 */
const GIVEN_NAME_SYLLABLES = new Set(
  [
    '가각간갑강개건걸겸경계고곤관광교구국군권규균근금기길',
    '나낙난남내노녹누다단달담대덕도돈동두득',
    '만명모목묵문미민박반방배백범벽병보복본봉부분비빈',
    '산삼상새생서석선설섭성세소솔송수숙순술숭슬승식신실심',
    '아안애양언여역연열염엽영예오옥온완왕요용우욱운웅원월위유육윤율융은을음응의이익인일임',
    '자장재전점정제조종주준중증지직진찬창채천철청초춘충치칠',
    '탁태택평표필하학한함항해행향허헌혁현협형혜호홍화환황회효후훈휘흠흥희',
  ].join(''),
);

/** Words of two syllables that read like a name and are none: 이후 ("after"), 최근 ("lately"). */
const NOT_SHORT_NAMES = new Set(['이후', '최근']);

/**
 * True when `word` could be a Korean full name of two syllables: a surname's and one that given
 * names are made of (조현, 김건). Alone that says little (정부, 조선); the recognizer asks for a
 * body and a title after it too.
 */
export function looksLikeShortKoreanName(word: string): boolean {
  return (
    word.length === 2 &&
    isHangulSyllable(word.charCodeAt(0)) &&
    GIVEN_NAME_SYLLABLES.has(foldHangulSyllable(word.charAt(1))) &&
    !NOT_SHORT_NAMES.has(word)
  );
}

/**
 * True when `word` is written as a Korean full name: three syllables, a surname's and two that
 * given names are made of (김동엽, 리병철).
 */
export function looksLikeKoreanName(word: string): boolean {
  if (word.length !== 3) return false;
  for (let index = 0; index < 3; index++) {
    if (!isHangulSyllable(word.charCodeAt(index))) return false;
  }
  return (
    GIVEN_NAME_SYLLABLES.has(foldHangulSyllable(word.charAt(1))) &&
    GIVEN_NAME_SYLLABLES.has(foldHangulSyllable(word.charAt(2)))
  );
}
