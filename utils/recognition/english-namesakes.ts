/**
 * Words beside an English full name that make it a namesake's: nobody in the dataset is an actor, a
 * singer, an athlete, a chef or a nurse. English news writes the occupation right before the name
 * ("actress Kim Jung-eun", "volleyball coach Choi Sun-hee") or in an apposition right after it
 * ("Kim Young-nam, a veteran actor, said"; "Kim Jung-eun, 34, an office worker"). Not the
 * professions of people the dataset has (analysts, researchers, professors, lawmakers), nor words
 * commentary uses of them ("Choe Son Hui, a key player in the talks", "a shrewd strategist").
 */
import { invertedGapBefore, isFunctionWord } from '@/utils/recognition/name-shape';
import type { WordList } from '@/utils/recognition/word-list';

const OCCUPATIONS = new Set([
  'actress',
  'actor',
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
]);

const ARTICLES = new Set(['a', 'an', 'the']);
const AGE = /^\d{1,3}$/;
/** How many words an apposition may have before the occupation, its article aside. */
const APPOSITION_REACH = 3;
/**
 * Words that may follow the occupation in an apposition: "a strategist at Shinhan", "an actress
 * who". Another word makes it a clause's subject instead: "Asked about Kim Yo Jong, the singer
 * replied"; "Kim Yo Jong, singer Hyon Song Wol and …".
 */
const APPOSITION_GOES_ON = new Set(['and', 'at', 'for', 'from', 'in', 'of', 'who', 'with']);

/** True when the words right before `first` or after `last`, an English full name, make it a namesake's. */
export function englishNamesakeAround(words: WordList, first: number, last: number): boolean {
  const previous = first > 0 ? words.at(first - 1) : undefined;
  if (previous && words.before[first] === 'space' && OCCUPATIONS.has(previous.folded)) return true;
  let at = last + 1;
  if (!invertedGapBefore(words, at)) return false;
  // An age first: "Kim Jung-eun, 34, an office worker".
  if (AGE.test(words.at(at)?.word ?? '') && invertedGapBefore(words, at + 1)) at++;
  if (ARTICLES.has(words.at(at)?.folded ?? '')) at++;
  for (let reach = 0; reach <= APPOSITION_REACH; reach++, at++) {
    const word = words.at(at);
    if (!word || (at > last + 1 && words.before[at] === 'break')) return false;
    if (OCCUPATIONS.has(word.folded)) return appositionEndsAfter(words, at);
    if (isFunctionWord(word.folded)) return false;
  }
  return false;
}

/** Whether the apposition may end, or go on as one does, after word `index`. */
function appositionEndsAfter(words: WordList, index: number): boolean {
  const next = words.at(index + 1);
  return !next || words.before[index + 1] === 'break' || APPOSITION_GOES_ON.has(next.folded);
}
