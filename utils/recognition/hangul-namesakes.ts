/**
 * Words beside a Hangul full name that make it a namesake's: nobody in the dataset is a reporter,
 * an actor, an athlete, a lawyer or a pastor, nor called 씨 ("Mr" or "Ms", said of private
 * people). Korean news writes them right after the name (이수용 기자는, 김정은 씨, 김성은 기자가),
 * after the employer's name (최선희 한국투자신탁운용 매니저), right before the name (배우 김정은,
 * 담당변호사 김성), or in brackets after it (최선희(배구 선수)). Also the given names written
 * before a surname that make it someone else's (성 김).
 */
import { isParticleSequence, titleOf } from '@/utils/recognition/hangul';
import type { WordUnits } from '@/utils/recognition/units';
import type { WordList } from '@/utils/recognition/word-list';

/**
 * Right after the name, and nowhere else: 김정은 씨, 최선희 선수가, 김성 검사는. Some also end or
 * follow common words (건강검사, a check-up; 예비신부, a bride-to-be; 살인교사, incitement;
 * 관리감독, oversight; 솜씨, skill), so a longer word or a word between says nothing (see `POSTS`).
 */
const AFTER = new Set([
  '씨',
  '배우',
  '가수',
  '선수',
  '감독',
  '코치',
  '아나운서',
  '캐스터',
  '리포터',
  '작가',
  '검사',
  '신부',
  '스님',
  '교사',
]);

/** Right before the name: 배우 김정은, 골퍼 김정은, 신부 김성. */
const BEFORE = new Set([
  '배우',
  '가수',
  '골퍼',
  '선수',
  '아나운서',
  '방송인',
  '개그맨',
  '개그우먼',
  '모델',
  '작가',
  '감독',
  '투수',
  '타자',
  '검사',
  '신부',
  '스님',
]);

/**
 * Posts, read right before or after the name, as the end of a longer word naming the post
 * (담당변호사 김성, 이수용 총학생회장, 사진기자 김정은), and after the employer's name written
 * between (최선희 한국투자신탁운용 매니저, 이수용 연합뉴스 기자).
 */
const POSTS = new Set([
  '기자',
  '앵커',
  '피디',
  'PD',
  '매니저',
  '애널리스트',
  '변호사',
  '판사',
  '목사',
  '구의원',
  '시의원',
  '도의원',
  '학생회장',
  '교수',
  '특파원',
  '논설위원',
  '부장검사',
  '대법관',
  '팀장',
]);

/**
 * Posts some people of the dataset hold, with the office their roles give them (`offices`, as
 * english-titles.ts keys them): 박원곤 is a professor. One is a namesake's only beside the name of
 * someone the dataset gives other offices: 최선희 교수 is a namesake, 박원곤 교수 the professor.
 * Research fellows are not among the posts at all: the dataset's researchers are called 연구위원,
 * 수석연구위원 and 센터장 whatever office their roles name (정성장 세종연구소 수석연구위원).
 */
const HELD: ReadonlyMap<string, string> = new Map([['교수', 'professor']]);

/** A field in brackets after a name, as encyclopedias tell namesakes apart: 최선희(배구 선수). */
const BRACKETED = /^\s*[(（]([\uac00-\ud7a3 ]+)[)）]/;
const FIELDS = new Set(['배구', '야구', '축구', '농구', '골프', '탁구', '수영', '체조']);

/**
 * True when the words right before `first` or after `last`, a Hangul name of a person with these
 * `offices`, make it a namesake's. `whole`: the name ends its word, or may end it (김성은 기자가 is
 * 김성은 as well as 김성 and 은); one with particles joined (김정은이 기자에게) has no occupation
 * after it.
 */
export function namesakeAround(
  words: WordList,
  first: number,
  last: number,
  offices: readonly string[],
  whole = true,
): boolean {
  const others = (occupation: string | undefined) =>
    occupation !== undefined && !heldBy(occupation, offices);
  const bracketed = BRACKETED.exec(words.text.slice(words.end[last]))?.[1]?.split(' ');
  if (bracketed?.some((word) => FIELDS.has(word) || others(occupationOf(word)))) return true;
  const next = words.at(last + 1);
  if (whole && next && words.before[last + 1] === 'space') {
    if (others(occupationOf(next.word))) return true;
    const post = afterEmployer(words, last + 1);
    if (post !== undefined && others(occupationOf(words.at(post)!.word, POSTS))) return true;
  }
  const previous = first > 0 ? words.at(first - 1) : undefined;
  if (previous === undefined || words.before[first] !== 'space') return false;
  return BEFORE.has(previous.word) || others(postOf(previous.word));
}

/** Whether someone with `offices` may hold `post`: one of them is it, or none names one. */
function heldBy(post: string, offices: readonly string[]): boolean {
  const office = HELD.get(post);
  return office !== undefined && (offices.length === 0 || offices.includes(office));
}

/** The copula as a broadcast's sign-off writes it: 이수용 기자입니다. */
const COPULA = new Set(['입니다', '였습니다', '이었습니다']);

/**
 * The occupation `word` names after a name: one of `occupations` (after an employer, `POSTS`
 * only) or a post ending a longer word (담당변호사는), alone or with particles or the copula
 * joined (기자가, 씨는, 기자입니다); not a longer word that starts with one (기자회견, a press
 * conference).
 */
function occupationOf(word: string, occupations: ReadonlySet<string> = AFTER): string | undefined {
  for (let end = word.length; end > 0; end--) {
    const rest = word.slice(end);
    if (rest !== '' && !COPULA.has(rest) && !isParticleSequence(rest)) continue;
    const stem = word.slice(0, end);
    if (occupations.has(stem)) return stem;
    const post = postOf(stem);
    if (post !== undefined) return post;
  }
  return undefined;
}

/** The post `word` is or ends with, a longer word naming it: 변호사, 담당변호사, 서울시의원. */
function postOf(word: string): string | undefined {
  for (let start = 0; start < word.length - 1; start++) {
    if (POSTS.has(word.slice(start))) return word.slice(start);
  }
  return undefined;
}

/** Syllables of an employer's name written in Hangul alone: 삼성증권, 연합뉴스; not 담당 or 전담. */
const EMPLOYER_SYLLABLES = 3;
const LATIN = /[A-Za-z]/;

/**
 * The index of the word after an employer's name starting at word `at`, written as one word of
 * Hangul and perhaps Latin letters (한국투자신탁운용, SK증권, KBS), when a word follows after a
 * space. A word of two Hangul syllables alone is as likely the beat of a reporter on the person
 * (김정은 담당 기자) and is no employer.
 */
function afterEmployer(words: WordList, at: number): number | undefined {
  let next = at + 1;
  while (next < words.count && words.start[next] === words.end[next - 1]) next++;
  if (next >= words.count || words.before[next] !== 'space') return undefined;
  const employer = words.text.slice(words.start[at], words.end[next - 1]);
  if (!LATIN.test(employer) && employer.length < EMPLOYER_SYLLABLES) return undefined;
  // The person's own title, or a word with particles, is no employer: 트럼프 대통령은 기자의
  // 질문에, 김정은 평양에서 기자들과.
  if (titleOf(employer, true) !== undefined || endsWithParticles(employer)) return undefined;
  return next;
}

/** Whether `word` ends with particles of two characters or more: 평양에서, 현지에서는. */
function endsWithParticles(word: string): boolean {
  for (let start = 1; start <= word.length - 2; start++) {
    if (isParticleSequence(word.slice(start))) return true;
  }
  return false;
}

/**
 * Given names Korean news writes before a surname, as Korean Americans and others write theirs:
 * 성 김 (Sung Kim), 영 김 (Young Kim), 앤디 김 (Andy Kim). That surname is theirs from there on.
 */
const GIVEN_NAMES_FIRST = new Set([
  '성',
  '영',
  '앤디',
  '유진',
  '미셸',
  '데이비드',
  '존',
  '폴',
  '케빈',
]);

export function isGivenNameFirst(word: WordUnits): boolean {
  return word.hangul && GIVEN_NAMES_FIRST.has(word.word);
}
