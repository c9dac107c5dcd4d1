/**
 * Titles English news gives a person right before the full name ("Foreign Minister Choe Son
 * Hui", "leader Kim Jong Un") or in an apposition after it ("Kim Song, North Korea's ambassador
 * to the UN,"), and repeats before the bare surname ("Minister Choe", "Ambassador Kim"). Where
 * two people with one surname are named, the title tells whose the surname is.
 */
import { isTitleWord } from '@/utils/recognition/title-words';
import type { WordList } from '@/utils/recognition/word-list';

/**
 * The word of a title that stands right before the name, the office itself, and the office it
 * is keyed as: the words news uses for one office are one key ("UN envoy Kim Song", then
 * "Ambassador Kim"; "Chairwoman", "Chair").
 */
const OFFICES: ReadonlyMap<string, string> = new Map([
  ['ambassador', 'envoy'],
  ['chair', 'chair'],
  ['chairman', 'chair'],
  ['chairperson', 'chair'],
  ['chairwoman', 'chair'],
  ['commander', 'commander'],
  ['director', 'director'],
  ['envoy', 'envoy'],
  ['congressman', 'lawmaker'],
  ['congresswoman', 'lawmaker'],
  ['governor', 'governor'],
  ['lawmaker', 'lawmaker'],
  ['leader', 'leader'],
  ['legislator', 'lawmaker'],
  ['mayor', 'mayor'],
  ['marshal', 'marshal'],
  ['minister', 'minister'],
  ['premier', 'premier'],
  ['president', 'president'],
  ['professor', 'professor'],
  ['representative', 'envoy'],
  ['rep', 'lawmaker'],
  ['secretary', 'secretary'],
  ['sen', 'senator'],
  ['senator', 'senator'],
  ['spokesman', 'spokesperson'],
  ['spokesperson', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
]);

/** Words that make a title the deputy's: "Vice Foreign Minister", "Deputy Director". */
const DEPUTY_WORDS = new Set(['deputy', 'vice']);

/** Title words read before the office: "First Vice Foreign Minister". */
const REACH = 3;

/**
 * The title right before word `first`, as a key: the office ("minister"), or the deputy's
 * ("vice minister" for "Vice Foreign Minister" and "Vice-Minister"); undefined when there is none.
 * See `OFFICES` for the office's key.
 */
export function titleBefore(words: WordList, first: number): string | undefined {
  const office = words.at(first - 1);
  if (!office || office.hangul || words.before[first] !== 'space') return undefined;
  const key = OFFICES.get(office.folded);
  if (key === undefined) return undefined;
  for (let at = first - 2; at >= 0 && at >= first - 1 - REACH; at--) {
    if (words.before[at + 1] === 'break') break;
    const word = words.at(at)!;
    if (DEPUTY_WORDS.has(word.folded)) return `vice ${key}`;
    if (!isTitleWord(word.folded)) break;
  }
  return key;
}

/** A comma and a space: what sets an apposition off after a name. */
const APPOSITION = /^,\s+$/;
const COMMA = 0x2c;
/** An apostrophe, perhaps an s, then spaces: after an owner ("North Korea's"). */
const POSSESSIVE = /^['’ʼ][sS]?\s+$/;
/** Words that may open an apposition before its title: "the foreign minister", "his deputy". */
const DETERMINERS = new Set(['a', 'an', 'her', 'his', 'its', 'the', 'their']);
/** Words of an owner before its possessive: "North Korea's", "the country's". */
const OWNER_REACH = 3;
/** Words that may follow an apposition's title: "ambassador to the UN", "director of". */
const AFTER_TITLE = new Set(['and', 'at', 'for', 'in', 'of', 'since', 'to', 'who']);
/** Words of a title in an apposition: "first vice department director". */
const TITLE_REACH = 5;
/** Words a title may start with that `isTitleWord` does not know. */
const QUALIFIERS = new Set(['first', 'top']);

/**
 * The title an apposition right after word `last` gives the name ending there, as `titleBefore`
 * keys it: "Kim Song, North Korea's ambassador to the UN," gives "envoy", "Kim Yo Jong,
 * vice department director of …" gives "vice director". Only an apposition made of a title: after
 * "Kim Jong Un, accompanied by Foreign Minister Choe", none.
 */
export function titleAfter(words: WordList, last: number): string | undefined {
  let at = last + 1;
  if (words.text.charCodeAt(words.end[last]!) !== COMMA || !APPOSITION.test(gap(words, at))) {
    return undefined;
  }
  if (DETERMINERS.has(words.at(at)?.folded ?? '')) at++;
  for (let owner = at; owner < at + OWNER_REACH && owner < words.count - 1; owner++) {
    if (POSSESSIVE.test(gap(words, owner + 1))) {
      at = owner + 1;
      break;
    }
    if (words.before[owner + 1] !== 'space') break;
  }
  let deputy = false;
  for (const first = at; at < first + TITLE_REACH; at++) {
    const word = words.at(at);
    if (!word || word.hangul || (at > first && !inTitle(words, at))) return undefined;
    const key = OFFICES.get(word.folded);
    if (key !== undefined && endsTitle(words, at + 1)) return deputy ? `vice ${key}` : key;
    if (DEPUTY_WORDS.has(word.folded)) deputy = true;
    // A capitalised word in a title says whose: "the former US ambassador".
    else if (!isTitleWord(word.folded) && !QUALIFIERS.has(word.folded) && !word.capitalised) {
      return undefined;
    }
  }
  return undefined;
}

/** An initial's period: "U.S.". */
const INITIAL_PERIOD = /^\.\s*$/;

/** Whether word `index` goes on the title: after a space, a hyphen or an initial's period. */
function inTitle(words: WordList, index: number): boolean {
  if (words.before[index] !== 'break') return true;
  return words.at(index - 1)?.word.length === 1 && INITIAL_PERIOD.test(gap(words, index));
}

/** Whether word `next` may follow a title: none, punctuation, or a word such as "of" or "to". */
function endsTitle(words: WordList, next: number): boolean {
  const word = words.at(next);
  return !word || words.before[next] === 'break' || AFTER_TITLE.has(word.folded);
}

/** The text between word `index` and the word before it. */
function gap(words: WordList, index: number): string {
  return words.text.slice(words.end[index - 1], words.start[index]);
}

/** Where the office of a role's title ends: "Chairman of the …", "Deputy director, Workers' …". */
const TITLE_END = /,|\b(?:of|to|for|in|at)\b/;

/**
 * The office of a role's title as the dataset words it, keyed as `titleBefore` keys a title:
 * "Vice Foreign Minister" → "vice minister", "Ambassador to the United Nations" → "envoy",
 * "Chairman of the Supreme People's Assembly" → "chair"; undefined when the words before any
 * "of", "to" or comma name no office ("Member of the Political Bureau").
 */
export function officeOf(title: string): string | undefined {
  const words = title
    .toLowerCase()
    .split(TITLE_END, 1)[0]!
    .split(/[\s-]+/);
  let office: string | undefined;
  let deputy = false;
  for (const word of words) {
    if (DEPUTY_WORDS.has(word)) deputy = true;
    office = OFFICES.get(word) ?? office;
  }
  return office === undefined ? undefined : deputy ? `vice ${office}` : office;
}
