/**
 * Titles English news gives a person right before the full name ("Foreign Minister Choe Son
 * Hui", "leader Kim Jong Un") and repeats before the bare surname ("Minister Choe", "Leader Kim").
 * Where two people with one surname are named, the title tells whose the surname is.
 */
import { isTitleWord } from '@/utils/recognition/title-words';
import type { WordList } from '@/utils/recognition/word-list';

/** The word of a title that stands right before the name: the office itself. */
const TITLE_HEADS = new Set([
  'ambassador',
  'chair',
  'chairman',
  'chairperson',
  'chairwoman',
  'commander',
  'director',
  'envoy',
  'leader',
  'marshal',
  'minister',
  'premier',
  'president',
  'professor',
  'representative',
  'secretary',
  'spokesman',
  'spokesperson',
  'spokeswoman',
]);

/** Words that make a title the deputy's: "Vice Foreign Minister", "Deputy Director". */
const DEPUTY_WORDS = new Set(['deputy', 'vice']);

/** Title words read before the office: "First Vice Foreign Minister". */
const REACH = 3;

/**
 * The title right before word `first`, as a key: the office ("minister"), or the deputy's
 * ("vice minister" for "Vice Foreign Minister" and "Vice-Minister"); undefined when there is none.
 */
export function titleBefore(words: WordList, first: number): string | undefined {
  const office = words.at(first - 1);
  if (!office || office.hangul || words.before[first] !== 'space') return undefined;
  if (!TITLE_HEADS.has(office.folded)) return undefined;
  for (let at = first - 2; at >= 0 && at >= first - 1 - REACH; at--) {
    if (words.before[at + 1] === 'break') break;
    const word = words.at(at)!;
    if (DEPUTY_WORDS.has(word.folded)) return `vice ${office.folded}`;
    if (!isTitleWord(word.folded)) break;
  }
  return office.folded;
}
