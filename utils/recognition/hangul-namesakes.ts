/**
 * Words beside a Hangul full name that make it a namesake's: nobody in the dataset is a reporter,
 * an actor or an athlete, nor called 씨 ("Mr" or "Ms", said of private people). Korean news
 * writes them right after the name (이수용 기자, 김정은 씨, 김성은 기자가), right before it
 * (배우 김정은, 골퍼 김정은), or in brackets after it (최선희(배구 선수)). Also the given names
 * written before a surname that make it someone else's (성 김).
 */
import { isParticleSequence } from '@/utils/recognition/hangul';
import type { WordUnits } from '@/utils/recognition/units';
import type { WordList } from '@/utils/recognition/word-list';

/** After the name: 이수용 기자는, 김정은 씨, 최선희 선수가. */
const AFTER = new Set([
  '기자',
  '씨',
  '배우',
  '가수',
  '선수',
  '감독',
  '코치',
  '앵커',
  '아나운서',
  '캐스터',
  '리포터',
  '작가',
  '피디',
  'PD',
]);

/** Before the name: 배우 김정은, 골퍼 김정은. */
const BEFORE = new Set([
  '배우',
  '가수',
  '골퍼',
  '선수',
  '기자',
  '앵커',
  '아나운서',
  '방송인',
  '개그맨',
  '개그우먼',
  '모델',
  '작가',
  '감독',
  '투수',
  '타자',
]);

/** A field in brackets after a name, as encyclopedias tell namesakes apart: 최선희(배구 선수). */
const BRACKETED = /^\s*[(（]([\uac00-\ud7a3 ]+)[)）]/;
const FIELDS = new Set(['배구', '야구', '축구', '농구', '골프', '탁구', '수영', '체조']);

/** True when the words right before `first` or after `last`, a Hangul name, make it a namesake's. */
export function namesakeAround(words: WordList, first: number, last: number): boolean {
  const bracketed = BRACKETED.exec(words.text.slice(words.end[last]))?.[1]?.split(' ');
  if (bracketed?.some((word) => FIELDS.has(word) || AFTER.has(word))) return true;
  const next = words.at(last + 1);
  if (next && words.before[last + 1] === 'space' && isOccupation(next.word, AFTER)) return true;
  const previous = first > 0 ? words.at(first - 1) : undefined;
  return previous !== undefined && words.before[first] === 'space' && BEFORE.has(previous.word);
}

/** The copula as a broadcast's sign-off writes it: 이수용 기자입니다. */
const COPULA = new Set(['입니다', '였습니다', '이었습니다']);

/**
 * `word` is one of `occupations`, alone or with particles or the copula joined to it (기자가,
 * 씨는, 기자입니다); not a longer word that starts with one (기자회견, a press conference).
 */
function isOccupation(word: string, occupations: ReadonlySet<string>): boolean {
  for (let length = Math.min(word.length, 4); length > 0; length--) {
    if (!occupations.has(word.slice(0, length))) continue;
    const rest = word.slice(length);
    if (rest === '' || COPULA.has(rest) || isParticleSequence(rest)) return true;
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
