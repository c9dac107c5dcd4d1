/**
 * Words beside an English full name that make it a namesake's: nobody in the dataset is an actor, a
 * singer, an athlete, a chef or a banker. English news writes the occupation right before the name
 * ("actress Kim Jung-eun", "equity strategist Kim Jung-eun", "volleyball player Choi Sun-hee") or
 * in an apposition right after it ("Kim Young-nam, a veteran actor, said"). Not the professions of
 * people the dataset has: analysts, researchers, professors, lawmakers, diplomats.
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
  'player',
  'coach',
  'chef',
  'strategist',
  'economist',
  'banker',
  'lawyer',
  'receptionist',
]);

const ARTICLES = new Set(['a', 'an', 'the']);
/** How many words an apposition may have before the occupation, its article aside. */
const APPOSITION_REACH = 3;

/** True when the words right before `first` or after `last`, an English full name, make it a namesake's. */
export function englishNamesakeAround(words: WordList, first: number, last: number): boolean {
  const previous = first > 0 ? words.at(first - 1) : undefined;
  if (previous && words.before[first] === 'space' && OCCUPATIONS.has(previous.folded)) return true;
  let at = last + 1;
  if (!invertedGapBefore(words, at)) return false;
  if (ARTICLES.has(words.at(at)?.folded ?? '')) at++;
  for (let reach = 0; reach <= APPOSITION_REACH; reach++, at++) {
    const word = words.at(at);
    if (!word || (at > last + 1 && words.before[at] !== 'space')) return false;
    if (OCCUPATIONS.has(word.folded)) return true;
    if (isFunctionWord(word.folded)) return false;
  }
  return false;
}
