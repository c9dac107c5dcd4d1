/**
 * What the words around a name say about it: a capitalised or hyphen-joined syllable after
 * "Kim Song" makes it a longer name ("Kim Song Nam", "Kim Song-nam"); "Square" after
 * "Kim Il Sung" makes it a place.
 */
import { isWesternGivenName } from '@/utils/recognition/given-names';
import { isParticleSequence, titleOf } from '@/utils/recognition/hangul';
import { ARTICLE } from '@/utils/recognition/owners';
import { isDateWord, qualifiesOpeningSentence } from '@/utils/recognition/qualifier-words';
import { isTitleWord } from '@/utils/recognition/title-words';
import type { WordUnits } from '@/utils/recognition/units';
import type { WordList } from '@/utils/recognition/word-list';

/** English words that happen to read as romanized syllables ("In", "To", "The"): never a given name. */
const FUNCTION_WORDS = new Set([
  'a',
  'again',
  'also',
  'am',
  'an',
  'at',
  'be',
  'but',
  'do',
  'go',
  'he',
  'here',
  'hi',
  'i',
  'in',
  'let',
  'like',
  'me',
  'no',
  'not',
  'oh',
  'ok',
  'on',
  'so',
  'the',
  'then',
  'to',
  'unlike',
  'until',
  'up',
  'we',
  'yet',
  'yo',
  'ye',
]);

/** Words of address that read as romanized syllables: "Marshal Kim" is no given name and surname. */
const ADDRESS_WORDS = new Set(['dear', 'madam', 'marshal']);

/** Prepositions after which a capitalised word is a place or a date: "In June Kim met Putin". */
const PLACE_PREPOSITIONS = new Set(['at', 'during', 'from', 'in', 'on', 'since']);

/** Suffixes that make a person's name another person's ("Donald Trump Jr."). */
const PERSON_SUFFIXES = ['jr', 'sr'];

/**
 * Nouns that turn a person's name into the name of a place, institution or award ("Kim Il Sung
 * Square", "Trump Organization"), and the suffixes that make it another person's.
 */
const NAME_EXTENDERS = new Set([
  ...PERSON_SUFFIXES,
  'organization',
  'organisation',
  'hotel',
  'restaurant',
  'cafe',
  'center',
  'centre',
  'square',
  'university',
  'stadium',
  'street',
  'bridge',
  'prize',
  'medal',
  'order',
  'mausoleum',
  'palace',
  'plaza',
  'airport',
  'station',
  'hospital',
  'academy',
  'institute',
  'foundation',
  'award',
  'youth',
  'socialist',
  'military',
  'political',
  'tower',
  'avenue',
  'memorial',
  'statue',
  'library',
  'school',
  'college',
  'hall',
  'museum',
  'arch',
]);

const MAX_GIVEN_NAME_SYLLABLES = 2;

export function isFunctionWord(folded: string): boolean {
  return FUNCTION_WORDS.has(folded);
}

/** Syllables of a whole Korean name: a surname and a given name of two ("Kim Jong Un"). */
const MAX_NAME_SYLLABLES = 3;

/**
 * True when word `index` of `words`, right after a name with `syllables` romanized syllables,
 * reads as more of that name. A Korean name has no more than three: a whole one takes no more
 * ("Ri Yong Ho Gone", "Choe Son Hui Kim Yo Jong"), "Kim Song" one more ("Kim Song Nam", not
 * "Kim Song Open"). In a headline, where every word is capitalised, an English word with a
 * silent final e continues none, though it reads as two syllables ("Trump Are Set", "Kim Song
 * Gone"), nor does a verb headlines write that reads as syllables ("Kim Met Putin"). After a
 * name of one word, a hyphen joins a given name only to a lowercase syllable ("Kim-yong", as
 * "Jong-un"); a capitalised word there is another name ("the Trump-Kim summit",
 * "Putin-Kim"). Nothing continues a name after its possessive ("Kim's Pyongyang speech").
 * `nameWords`: the words of the name so far.
 */
export function continuesName(
  words: WordList,
  index: number,
  syllables = 1,
  nameWords = 1,
): boolean {
  const word = words.at(index);
  const before = words.before[index];
  if (!word || word.hangul || before === 'break' || !word.syllabic) return false;
  // A possessive ends a name: "Kim's Pyongyang speech".
  if (possessiveBefore(words, index)) return false;
  if (before === 'hyphen' && nameWords === 1 && word.capitalised) return false;
  if (before === 'space' && !word.capitalised) return false;
  if (word.units.length > MAX_GIVEN_NAME_SYLLABLES) return false;
  if (syllables + word.units.length > MAX_NAME_SYLLABLES) return false;
  if (before === 'space' && words.titleCase() && headlineWord(word.folded)) return false;
  return !isFunctionWord(word.folded);
}

/** An English word's silent final e, read as a syllable of its own: "are", "gone", "home". */
const SILENT_E = /^[a-z]*[aeiou][a-z]*[b-df-hj-np-tv-xz]e$/;
/** Verbs headlines write after a name that read as syllables: "Kim Set to Visit", "Kim Met Putin". */
const HEADLINE_VERBS = new Set(['got', 'hit', 'met', 'ran', 'seen', 'set', 'took', 'won']);

/** An English word that a headline's capital makes look like a given name. */
function headlineWord(folded: string): boolean {
  return SILENT_E.test(folded) || HEADLINE_VERBS.has(folded);
}

/** Punctuation after which a capital says nothing: a sentence, a quotation or a line starts. */
const SENTENCE_START = /[.!?:;"“”«»([\n]/;

/** An apostrophe and s, then spaces: what a possessive leaves between two words. */
const POSSESSIVE = /^['’ʼ][sS]?\s+$/;

/** Whether the word before word `index` ends with a possessive's apostrophe ("Kim's"). */
function possessiveBefore(words: WordList, index: number): boolean {
  const apostrophe = words.text.charCodeAt(words.end[index - 1]!);
  return apostrophe === 0x27 || apostrophe === 0x2019 || apostrophe === 0x2bc;
}

/**
 * True when a capitalised word right before word `first` makes the name starting there part of
 * a longer one ("National Security Council", "Japan's Foreign Ministry"). A date never does
 * ("Monday's Security Council meeting"), nor a possessive of one of `owners`, the entity's own
 * ("the North's foreign ministry"); any other possessive does, also across a word that describes
 * the body ("Russia's powerful Security Council"). Another word does,
 * but not in a text with every word capitalised (a headline), where its capital says nothing;
 * opening a sentence, a bracket or a line, only a people's or country's adjective or name, or
 * "National", "Federal"..., does (not "The", "When", "Recent"; see qualifier-words.ts): "Chinese
 * Foreign Ministry spokesperson Lin Jian said" and "(Russian Foreign Ministry/Handout)" are
 * another country's.
 */
export function qualifiedBefore(words: WordList, first: number, owners?: OwnerSets): boolean {
  let at = first - 1;
  while (at > 0 && first - at <= DESCRIBING_REACH && describesBody(words, at)) at--;
  const previous = words.at(at);
  if (!previous || previous.hangul || !previous.capitalised) return false;
  if (words.before[at + 1] !== 'space' || isDateWord(previous.folded)) return false;
  if (POSSESSIVE.test(words.text.slice(words.end[at], words.start[at + 1]))) {
    // The owner's own: "the North's foreign ministry", "the UN's powerful Security Council".
    return !(owners && ownerIn(previous, owners.owners) && !qualifiedBefore(words, at));
  }
  if (at < first - 1 || words.titleCase()) return false;
  if (!startsSentence(words, at)) return true;
  return qualifiesOpeningSentence(previous.folded);
}

/**
 * Words that describe a body between its owner's possessive and its name: "Russia's powerful
 * Security Council", "Brazil's ruling Workers' Party", "China's 24-member Politburo", "Moscow's
 * annual Victory Day parade".
 */
const DESCRIBING = new Set(['powerful', 'ruling', 'governing', 'annual', 'member']);
const DESCRIBING_REACH = 3;

function describesBody(words: WordList, index: number): boolean {
  const word = words.at(index)!;
  if (words.before[index + 1] === 'break') return false;
  // The number of "24-member" goes with the word after it.
  if (NUMBER.test(word.word)) return words.before[index + 1] === 'hyphen';
  return !word.capitalised && DESCRIBING.has(word.folded);
}

function startsSentence(words: WordList, index: number): boolean {
  if (index === 0) return words.text.slice(0, words.start[0]).trim() === '';
  const gap = words.text.slice(words.end[index - 1], words.start[index]);
  return SENTENCE_START.test(gap);
}

/**
 * True when word `index`, right after a bare surname, is a capitalised word that makes the two one
 * name of someone or something else ("Kim Kardashian", "Lee Child", "Choe Bros."). Not in a text
 * with every word capitalised (a headline: "Kim Says Talks Are Over"), where a capital says
 * nothing, nor after a possessive, which ends a name: "Kim's Beijing visit".
 */
export function namesAnother(words: WordList, index: number): boolean {
  const word = words.at(index);
  if (!word || word.hangul || !word.capitalised || words.before[index] !== 'space') return false;
  if (possessiveBefore(words, index)) return false;
  return !isFunctionWord(word.folded) && !words.titleCase();
}

/** Spaces, and no line break: a name does not go on across one. */
const SPACES = /^[^\S\n\r]+$/;

/**
 * The given name written first right before the bare surname at word `index`, if one stands there,
 * as Korean Americans and others write theirs ("US envoy Sung Kim", "Rep. Young Kim", "Jung-hoon
 * Pak", "Senator Andy Kim", "Jean H. Lee"). One or two capitalised syllables are a given name even
 * at a sentence's start; another capitalised word only mid-sentence, where its capital marks a
 * name, and not a title or a date ("Chairman Kim", "Mr Kim"). Never a word of address ("Marshal
 * Kim"), a place or month after a preposition ("In June Kim met Putin", "in Washington Kim said"),
 * nor, in a headline, where every word is capitalised, anything but a common Western given name
 * or a hyphenated Korean one ("By Jean H. Lee", "By Hyung-Jin Kim"). Never across a line break.
 * Returns the index of the given name's first word.
 */
export function givenNameBefore(words: WordList, index: number): number | undefined {
  let last = index - 1;
  if (middleInitialAt(words, last, index)) {
    last--;
  } else if (!SPACES.test(gapBefore(words, index))) {
    // A possessive is no given name: "Pyongyang's Kim".
    return undefined;
  }
  let first = last;
  // A hyphenated given name: "Jung-hoon" before "Pak".
  if (words.before[first] === 'hyphen' && words.at(first)?.syllabic) first--;
  const given = words.at(first);
  if (!given || given.hangul || !given.titleCase) return undefined;
  // A common Western given name is one anywhere, in a headline or a byline too: "By Jean H. Lee",
  // "Edited by Andy Kim", "Contact: Daniel Choe"; so is a hyphenated Korean one: "By Hyung-Jin
  // Kim".
  if (first === last ? isWesternGivenName(given.folded) : given.syllabic) return first;
  if (words.titleCase()) return undefined;
  if (isFunctionWord(given.folded) || ADDRESS_WORDS.has(given.folded)) return undefined;
  const before = words.at(first - 1);
  if (before && words.before[first] === 'space' && PLACE_PREPOSITIONS.has(before.folded)) {
    return undefined;
  }
  if (given.syllabic && given.units.length <= MAX_GIVEN_NAME_SYLLABLES) return first;
  if (isTitleWord(given.folded)) return undefined;
  // A surname joined to another name modifies a noun, and so does the word before: "the
  // Singapore Kim-Trump summit". Joined to a lowercase word it does not: "an Andre Kim-inspired
  // gown".
  if (words.before[index + 1] === 'hyphen' && words.at(index + 1)?.capitalised) return undefined;
  // At a sentence's start any word is capitalised: only a known given name counts there.
  if (!startsSentence(words, first) || afterAbbreviatedTitle(words, first)) return first;
  return isWesternGivenName(given.folded) ? first : undefined;
}

/** What ends an author's name in a reference: punctuation, a bracket, the end of the text. */
const AUTHOR_END = /^\s*(?:[.,;:()[\]]|$)/;

/**
 * True when a comma and a given name follow the surname at word `index`, as references and
 * bibliographies list authors: "Kim, Dong-yub.", "Choe, Sang-Hun (2019)", "Lee, Jean H.". The
 * given name is a Korean one with its syllables hyphenated, or a common Western one with perhaps
 * an initial or a second given name, and punctuation ends it: in "talks with Kim, Donald Trump
 * said" a sentence goes on.
 */
export function invertedName(words: WordList, index: number): boolean {
  const given = words.at(index + 1);
  if (!given || given.hangul || !given.titleCase) return false;
  if (!invertedGapBefore(words, index + 1)) return false;
  let last = index + 1;
  if (isWesternGivenName(given.folded)) {
    // An initial or a second given name: "Lee, Jean H.", "Lee, Rachel Minyoung,".
    const middle = words.at(last + 1);
    if (middleInitialAfter(words, last)) last++;
    else if (middle?.titleCase && SPACES.test(gapBefore(words, last + 1))) last++;
  } else {
    const second = words.at(index + 2);
    if (!given.syllabic || words.before[index + 2] !== 'hyphen' || second?.hangul !== false) {
      return false;
    }
    last++;
  }
  return AUTHOR_END.test(words.text.slice(words.end[last]));
}

const COMMA = 0x2c;
const SPACE = 0x20;

/**
 * True when exactly a comma and one space, as between an inverted name's surname and given name,
 * stand before word `index` (compared without making the gap's string).
 */
export function invertedGapBefore(words: WordList, index: number): boolean {
  if (index <= 0 || index >= words.count || words.before[index] !== 'break') return false;
  const end = words.end[index - 1]!;
  return (
    words.start[index] === end + 2 &&
    words.text.charCodeAt(end) === COMMA &&
    words.text.charCodeAt(end + 1) === SPACE
  );
}

/**
 * True when a name written surname first with a comma, ending at word `last`, stands as lists
 * write one, sanctions lists and references: punctuation, a bracket or the end of the text after
 * it ("KIM, Son Gyong;", "Choe, Son Hui (2019)"). In "talks with Kim, Song Tao said" a sentence
 * goes on.
 */
export function listsInvertedName(words: WordList, last: number): boolean {
  return AUTHOR_END.test(words.text.slice(words.end[last]));
}

/** A reference's year right after word `last`: "Kim, Song. 2021.", "Kim, Song (2019)". */
const YEAR_AFTER = /^\.?\s*\(?\d{4}\b/;

export function yearAfter(words: WordList, last: number): boolean {
  return YEAR_AFTER.test(words.text.slice(words.end[last], words.end[last]! + 8));
}

/** An initial right after word `index`, with its period: "H." after "Jean". */
function middleInitialAfter(words: WordList, index: number): boolean {
  const word = words.at(index + 1);
  return (
    word !== undefined &&
    word.word.length === 1 &&
    word.capitalised &&
    !word.hangul &&
    SPACES.test(gapBefore(words, index + 1)) &&
    words.text.charAt(words.end[index + 1]!) === '.'
  );
}

/** A slash right before a name: a photo credit, "AP Photo/Lee Jin-man", "REUTERS/Kim Hong-Ji". */
export function creditedAt(words: WordList, first: number): boolean {
  return words.text.charAt(words.start[first]! - 1) === '/';
}

/** Whether word `index` follows an abbreviated title and its period: "Sen. Andy Kim". */
function afterAbbreviatedTitle(words: WordList, index: number): boolean {
  const title = words.at(index - 1);
  return (
    title !== undefined && isTitleWord(title.folded) && INITIAL_GAP.test(gapBefore(words, index))
  );
}

/** An initial and its period between a given name and a surname: "H." in "Jean H. Lee". */
const INITIAL_GAP = /^\.\s+$/;

function middleInitialAt(words: WordList, initial: number, surname: number): boolean {
  const word = words.at(initial);
  if (!word || word.word.length !== 1 || !word.capitalised || word.hangul) return false;
  if (!INITIAL_GAP.test(gapBefore(words, surname))) return false;
  return initial > 0 && SPACES.test(gapBefore(words, initial));
}

/** An entity's owners as the matcher looks them up (see owners.ts). */
export interface OwnerSets {
  links: ReadonlySet<string>;
  owners: ReadonlySet<string>;
  /** For a body of North Korea's own: the owner words that make any body North Korea's. */
  home?: ReadonlySet<string>;
}

/** Whether `word` is one of `keys`, owner words as `ownerKey` writes them. */
function ownerIn(word: WordUnits, keys: ReadonlySet<string>): boolean {
  return keys.has(word.exact) || word.readings.some((units) => keys.has(units.join(' ')));
}

/** Links followed after a generic name: "of the Central Committee of the Communist Party of China". */
const OWNER_CHAIN = 3;

/**
 * True when the words from `index` on, right after a generic name, tie it to an owner that is not
 * its entity's: a link word, perhaps "the", then a capitalised word that is none of the entity's
 * owner words, the first words of its own qualifiers ("of Japan", "of the Presbyterian Church",
 * "in Geneva", "on Red Square"; not "of the DPRK", nor a date: "in September"). For a body of
 * North Korea's, an owner of its own that is not North Korea by name is followed on to its owner:
 * "of the Central Committee of the Communist Party of China" is China's, "of the Central
 * Committee of the Workers' Party of Korea" North Korea's, and "of the Republic of Korea" South
 * Korea's.
 */
export function ownedByAnother(
  words: WordList,
  index: number,
  owners: OwnerSets | undefined,
): boolean {
  if (!owners) return false;
  let at = index;
  for (let links = 0; links < OWNER_CHAIN; links++) {
    const link = words.at(at);
    if (!link || words.before[at] !== 'space' || !owners.links.has(link.folded)) break;
    at++;
    if (words.at(at)?.folded === ARTICLE && words.before[at] === 'space') at++;
    const owner = words.at(at);
    if (!owner || owner.hangul || !owner.capitalised || words.before[at] !== 'space') break;
    // A date is no owner: "the Victory Day parade in September".
    if (isDateWord(owner.folded)) break;
    if (!ownerIn(owner, owners.owners))
      return owners.home === undefined || !ownerIn(owner, owners.home);
    if (owners.home === undefined) return false;
    // The rest of the owner's name: "Central Committee", "Workers' Party".
    do at++;
    while (words.at(at)?.capitalised && words.before[at] !== 'break');
  }
  return false;
}

/**
 * Nouns that turn the name of an organisation or forum into the name of another body or a place:
 * "United Nations Command", "UN Watch", "KCNA Watch", "UN Foundation", "UN Plaza".
 */
const BODY_EXTENDERS = new Set(['association', 'command', 'foundation', 'plaza', 'watch']);

/**
 * Words that, after a name ending with the word they are keyed by, name another country's body or
 * post: Russia's "Security Council Secretary" (the UN's council has a president, no secretary),
 * China's "Politburo Standing Committee" (North Korea's has a presidium).
 */
const OTHER_BODIES: ReadonlyMap<string, string> = new Map([
  ['council', 'secretary'],
  ['politburo', 'standing'],
]);

/**
 * True when word `index` of `words`, right after the name of an organisation or forum, makes it
 * the name of another body: a capitalised noun of `BODY_EXTENDERS` after a space, or after an
 * abbreviation's period and a space ("U.N. Command"), or one of `OTHER_BODIES` after its key.
 */
export function extendsBody(words: WordList, index: number): boolean {
  const word = words.at(index);
  if (!word || word.hangul || !word.capitalised) return false;
  if (
    words.before[index] === 'space' &&
    OTHER_BODIES.get(words.at(index - 1)!.folded) === word.folded
  ) {
    return true;
  }
  if (!BODY_EXTENDERS.has(word.folded)) return false;
  if (words.before[index] === 'space') return true;
  return words.at(index - 1)?.word.length === 1 && INITIAL_GAP.test(gapBefore(words, index));
}

const NUMBER = /^\d+$/;
const RANGE = /[~∼～]/;
/** What an English number counts where it is no missile's: "Hwaseong 15 years ago". */
const UNITS = new Set([
  'years',
  'months',
  'days',
  'hours',
  'minutes',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'people',
  'percent',
  'times',
]);
/**
 * Counters and units Korean writes joined to a number: days, places, hundred millions, people,
 * times, years, hours, kilometres... Not 형 ("type": 화성-20형), 급 ("class"), nor 도 and 만,
 * which are also particles (화성-20도, "the Hwasong-20 too").
 */
const COUNTERS = new Set([
  '일',
  // Ages and floor areas: 화성 20대 남성 (a man in his twenties in Hwaseong), 20평대.
  '대',
  '평',
  '곳',
  '억',
  '천',
  '개',
  '명',
  '번',
  '년',
  '월',
  '시',
  '분',
  '초',
  '세',
  '층',
  '건',
  '회',
  '킬로',
  '미터',
  '킬로미터',
]);

/**
 * True when the name ending at word `last` ends with a number that a Hangul counter joined to it
 * counts: 화성 20일 is the city of Hwaseong on the 20th, 화성 15곳 fifteen places in it, 화성
 * 20억 년 전 Mars two billion years ago.
 */
export function countedAfter(words: WordList, last: number): boolean {
  if (!NUMBER.test(words.units[last]!.word)) return false;
  // A range: 화성 20~30대.
  if (RANGE.test(words.text.charAt(words.end[last]!))) return true;
  const next = words.at(last + 1);
  if (next && !next.hangul && words.before[last + 1] === 'space') return UNITS.has(next.folded);
  if (!next?.hangul || words.start[last + 1] !== words.end[last]) return false;
  for (let length = Math.min(4, next.word.length); length > 0; length--) {
    if (!COUNTERS.has(next.word.slice(0, length))) continue;
    const rest = next.word.slice(length);
    // A counter may take another: 20평대 (flats of twenty-odd pyeong).
    if (rest === '' || COUNTERS.has(rest) || isParticleSequence(rest)) return true;
  }
  return false;
}

/** The text between word `index` and the word before it. */
function gapBefore(words: WordList, index: number): string {
  return words.text.slice(words.end[index - 1], words.start[index]);
}

/** True when word `index` of `words`, right after a person's name, makes it the name of something else. */
export function extendsName(words: WordList, index: number): boolean {
  const word = words.at(index);
  if (!word || word.hangul || words.before[index] === 'break') return false;
  return word.capitalised && NAME_EXTENDERS.has(word.folded);
}

/**
 * True when word `index`, right after a name, makes it the name of a place, an institution or an
 * award ("Kim Il Sung Square", "Kim Chaek University"): a name no one bears.
 */
export function namesPlace(words: WordList, index: number): boolean {
  return extendsName(words, index) && !PERSON_SUFFIXES.includes(words.at(index)!.folded);
}

/** Words after a Korean full name within which its title comes (김동엽 경남대 극동문제연구소 교수). */
const TITLE_REACH = 4;
/** 겸, "and concurrently", joins a second title to the first: 총비서 겸 국무위원장. */
const CONCURRENTLY = '겸';

/**
 * The titles Korean text gives the person whose full name ends at word `last`: the first title
 * within a few words (김여정 당 부부장은), and any joined to it by 겸. With `compound`, for
 * someone the registry does not know, also a title that ends a longer one (김용태
 * 비상대책위원장은 is a 위원장). The registry's people are given only whole titles: 김영남
 * 상임위원장 gives Kim Yong Nam none, so 김 위원장 stays Kim Jong Un's. A word in Latin letters
 * or digits among them is a word of the body (최태원 SK그룹 회장, 최수연 NAVER 대표) or of the
 * title's ordinal (김진아 외교부 제2차관, 김여정 당 제1부부장).
 */
export function titlesAfter(words: WordList, last: number, compound = false): string[] {
  const titles: string[] = [];
  for (let at = last + 1; at <= last + TITLE_REACH; at++) {
    const word = words.at(at);
    if (!word || words.before[at] !== 'space') break;
    if (!word.hangul) continue;
    const title = titleOf(word.word, compound && titles.length === 0);
    if (title !== undefined) titles.push(title);
    else if (titles.length > 0 && word.word !== CONCURRENTLY) break;
  }
  return titles;
}

/** An apostrophe and perhaps an s right after a word: a possessive ("Kim Jong Un's sister"). */
const POSSESSIVE_AFTER = /^['’ʼ][sS]?(?![\p{L}\p{N}])/u;
/** Words between "of" and a name it governs: "of North Korean leader Kim Jong Un". */
const OF_REACH = 4;
const OF = 'of';
/** A sentence's end between two words. */
const SENTENCE_END = /[.!?](?:["”’)]*)\s/;

/**
 * True when the person's name at words `first` to `last` is given in passing, as what
 * qualifies another noun: followed by a possessive ("Kim Jong Un's sister") or governed by "of"
 * ("the sister of leader Kim Jong Un"). Such a name, in the sentence of another person with the
 * same surname, does not become the one a later bare surname refers to.
 */
export function namedInPassing(words: WordList, first: number, last: number): boolean {
  if (POSSESSIVE_AFTER.test(words.text.slice(words.end[last]))) return true;
  for (let at = first - 1; at >= 0 && at >= first - 1 - OF_REACH; at--) {
    if (words.before[at + 1] === 'break') return false;
    if (words.at(at)!.folded === OF) return true;
  }
  return false;
}

/** Relatives: a name given as one is someone else's in passing. */
const KIN = new Set([
  'daughter',
  'son',
  'wife',
  'husband',
  'sister',
  'brother',
  'father',
  'mother',
  'grandson',
  'granddaughter',
  'grandfather',
  'niece',
  'nephew',
  'widow',
]);

/**
 * True when the name starting at word `first` is given as someone's relative: "the adopted
 * daughter of Choe Yong-rim", "his daughter Kim Ju Ae". Wherever it stands, it takes no surname
 * over from the person the text is about ("… Choe studied in Austria").
 */
export function namedAsRelative(words: WordList, first: number): boolean {
  if (first === 0 || words.before[first] !== 'space') return false;
  let at = first - 1;
  if (words.at(at)!.folded === OF && at > 0 && words.before[at] === 'space') at--;
  const word = words.at(at)!;
  return !word.capitalised && KIN.has(word.folded);
}

/** Words after a bare surname that make it a family's name, not a person's. */
const FAMILY = new Set([
  'family',
  'dynasty',
  'clan',
  'regime',
  'bloodline',
  'lineage',
  'household',
]);

/**
 * True when word `index`, right after a bare surname, makes it the family's name: "the Kim family",
 * "the Kim dynasty", "the Kim regime". It refers to no one person of the family.
 */
export function namesFamily(words: WordList, index: number): boolean {
  const word = words.at(index);
  return word !== undefined && words.before[index] === 'space' && FAMILY.has(word.folded);
}

/** True when no sentence ends between the end of word `from` and the start of word `to`. */
export function sameSentence(words: WordList, from: number, to: number): boolean {
  return !SENTENCE_END.test(words.text.slice(words.end[from], words.start[to]));
}
