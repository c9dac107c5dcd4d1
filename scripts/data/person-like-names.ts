/**
 * Spans of corpus text that look like a person's name, for the coverage report: Korean-shaped names
 * (a common Korean surname and one to three romanized syllables), names after a title ("Foreign
 * Minister X", "special envoy X") and capitalised first-and-last names. Deliberately generous: what
 * the registry covers or the ignore list explains is filtered out afterwards.
 */

export type NameShape = 'korean' | 'titled' | 'first-last';

export interface NameCandidate {
  shape: NameShape;
  text: string;
  start: number;
  end: number;
}

const KOREAN_SURNAMES = [
  'Ahn',
  'An',
  'Baek',
  'Byun',
  'Chae',
  'Chang',
  'Cheong',
  'Cho',
  'Choe',
  'Choi',
  'Chon',
  'Chu',
  'Chung',
  'Han',
  'Ho',
  'Hong',
  'Hwang',
  'Hyon',
  'Hyun',
  'Im',
  'Jang',
  'Jeon',
  'Jeong',
  'Jo',
  'Jon',
  'Jong',
  'Ju',
  'Jung',
  'Kang',
  'Kim',
  'Ko',
  'Kwon',
  'Lee',
  'Lim',
  'Mun',
  'Moon',
  'Nam',
  'No',
  'Noh',
  'O',
  'Oh',
  'Paek',
  'Pak',
  'Park',
  'Pyon',
  'Ra',
  'Ri',
  'Rim',
  'Ryang',
  'Ryu',
  'Seo',
  'Shin',
  'Sin',
  'So',
  'Son',
  'Song',
  'Sung',
  'Thae',
  'Yang',
  'Yi',
  'Yoon',
  'Yu',
  'Yun',
];

/** A capitalised romanized syllable, or two joined by a hyphen ("Jong", "Yong-ho", "Ki-Young"). */
const GIVEN = '[A-Z][a-z]{0,5}(?:-[A-Za-z][a-z]{0,5})?';
const KOREAN_NAME = new RegExp(
  `\\b(?:${KOREAN_SURNAMES.join('|')}),? ${GIVEN}(?: [A-Z][a-z]{0,5}){0,2}\\b`,
  'g',
);

const TITLES = [
  'Vice Foreign Minister',
  'Foreign Minister',
  'Deputy Minister',
  'Minister',
  'Vice President',
  'President',
  'Premier',
  'Prime Minister',
  'Chairman',
  'Chairwoman',
  'Ambassador',
  'Secretary of State',
  'Secretary-General',
  'Special Representative',
  'special envoy',
  'envoy',
  'Speaker',
  'Senator',
  'leader',
  'Mr\\.',
  'Mrs\\.',
  'Ms\\.',
  'Dr\\.',
  'Professor',
];
const CAPITALISED = "[A-Z][\\p{Ll}'’]+(?:-[A-Za-z][\\p{Ll}]+)?";
const TITLED_NAME = new RegExp(
  `(?<=\\b(?:${TITLES.join('|')}) )${CAPITALISED}(?: ${CAPITALISED}){0,2}`,
  'gu',
);
/** Matched inside a lookahead so overlapping pairs are all tried ("Envoy Jeffrey", "Jeffrey Feltman"). */
const FIRST_LAST = new RegExp(`\\b(?=(${CAPITALISED} ${CAPITALISED})\\b)`, 'gu');

/**
 * Words that never start or end a person's name in this corpus's register: places, institutions,
 * calendar words and sentence openers. A capitalised pair containing one is not name-shaped.
 */
const NOT_NAME_WORDS = new Set(
  `
  North South Korea Korean Koreas Korea's DPRK ROK United States Nations UN US U.S. China Chinese
  Russia Russian Russians Japan Japanese America American New York Beijing Moscow Seoul Pyongyang
  Washington Ukraine Cuba   Uganda Sudan Congo Republic Africa African Asia Pacific
     Peninsula Security Council General Assembly Supreme People People's
  Assembly Party Workers Workers' Workers’ Central Committee Political Bureau Ministry Foreign
  Affairs Minister Institute University Womans News Agency Daily Fund Program Programme Office
  Investigation Committee Jurists Sanction Damage Emergency Relief Food World Children's Population
  Economic Cooperation Combined Forces Command Training Day Victory Parade Road Series Online Focus
  Commentary Division Unification National Policy Studies Research Planning Vice President
  Secretary Special Representative Under-Secretary-General Political Date View Writer January
  February March April May June July August September October November December Monday Tuesday
  Wednesday Thursday Friday Saturday Sunday Christmas Home Exit Please Leave Comment Comments Reply
  The A An In On At For From With Without By Of And But Or If As It Its This That These Those
  There Their They He She His Her We Our Some Many Multiple Both Each Every Any Since Although
  While When Where Why What Who Ever Once Given Having Regarding According Strengthening
  Anticipating Citing Speaking Speculation Attention Originally Currently Eventually Ultimately
  Furthermore Moreover However Nevertheless Finally First Second Third Fourth Fifth Last Next More
  Top High-ranking High-level Desperate Sea Ever-present Officials Translator’s Translator's 
  Diplomatic Offensive Appearance Signals Alliance Enhanced Multilateral Diplomacy Pressure
  Accept Policy Complex Backdrop Offer Dialogue Shifting Upcoming Summit Age Entering Updated
  Reaction Stance Implications Future Relations Want Achieve Does Through Is Of State Envoy
  Premier Ambassador Chairman Chairwoman Speaker Senator Professor Leader Prime
      
  `
    .split(/\s+/)
    .filter(Boolean),
);

export function findPersonLikeNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  const add = (shape: NameShape, match: RegExpExecArray, accept: (words: string[]) => boolean) => {
    const text = match[1] ?? match[0];
    if (!accept(text.split(/[ ,]+/).filter(Boolean))) return;
    found.push({ shape, text, start: match.index, end: match.index + text.length });
  };
  for (const match of text.matchAll(KOREAN_NAME)) {
    add('korean', match, (words) => words.slice(1).every(isNameWord));
  }
  for (const match of text.matchAll(TITLED_NAME)) {
    add('titled', match, (words) => isNameWord(words[0]!));
  }
  for (const match of text.matchAll(FIRST_LAST)) {
    add('first-last', match, (words) => words.every(isNameWord) && !/['’]s$/.test(words[0]!));
  }
  return longestFirst(found);
}

function isNameWord(word: string): boolean {
  return !NOT_NAME_WORDS.has(word);
}

/** Overlapping candidates collapse to the longest (the earliest rule on a tie). */
function longestFirst(candidates: NameCandidate[]): NameCandidate[] {
  const kept: NameCandidate[] = [];
  const byLength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const candidate of byLength) {
    if (kept.every((other) => candidate.end <= other.start || candidate.start >= other.end)) {
      kept.push(candidate);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
