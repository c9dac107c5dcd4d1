/**
 * Romanized Korean syllables. A syllable is parsed into onset + nucleus + coda and every part is
 * folded to its equivalence class, so all common spellings of one syllable share one key:
 * Choe/Choi/Ch'oe → "choe", Son/Sun/Seon/Sŏn → "son", Gyong/Kyong/Kyung/Gyeong → "kyong",
 * Ri/Rhee/Lee/Yi/I → "i" (initial sound law). The key is the class's canonical spelling.
 */

interface SpellingClass {
  /** Canonical spelling, used in keys. */
  canonical: string;
  /** Spellings, most usual first; the first is also the preferred spelling in generated variants. */
  spellings: readonly string[];
}

/** Initial consonants. `r` never reaches a key: the initial sound law turns it into `n` or nothing. */
export const ONSETS: Readonly<Record<string, SpellingClass>> = {
  K: { canonical: 'k', spellings: ['k', 'g', 'kk'] },
  T: { canonical: 't', spellings: ['t', 'd', 'th', 'tt'] },
  P: { canonical: 'p', spellings: ['p', 'b', 'pp', 'ph'] },
  C: { canonical: 'ch', spellings: ['j', 'ch', 'jj', 'tch'] },
  S: { canonical: 's', spellings: ['s', 'sh', 'ss'] },
  R: { canonical: 'r', spellings: ['r', 'l', 'rh'] },
  N: { canonical: 'n', spellings: ['n'] },
  M: { canonical: 'm', spellings: ['m'] },
  H: { canonical: 'h', spellings: ['h'] },
  '': { canonical: '', spellings: [''] },
};

/** Vowels. Strict McCune–Reischauer ŏ/ŭ arrive here already stripped of their breve. */
export const NUCLEI: Readonly<Record<string, SpellingClass>> = {
  A: { canonical: 'a', spellings: ['a', 'ar'] },
  AE: { canonical: 'ae', spellings: ['ae', 'e', 'ai'] },
  YA: { canonical: 'ya', spellings: ['ya'] },
  YE: { canonical: 'ye', spellings: ['ye', 'yae'] },
  O: { canonical: 'o', spellings: ['o', 'u', 'eo', 'eu', 'oo', 'woo'] },
  // 여, 요 and 유: "yu" also writes 여 (Kyung, Hyun), as "u" writes 어 (Sun, Jung).
  YO: { canonical: 'yo', spellings: ['yo', 'yeo', 'yu', 'you'] },
  // "yoo" writes 유 alone: Kim Yoo-jung (김유정) is not Kim Yo Jong (김여정).
  YOO: { canonical: 'yoo', spellings: ['yoo'] },
  WA: { canonical: 'wa', spellings: ['wa', 'oa'] },
  OE: { canonical: 'oe', spellings: ['oe', 'oi', 'we', 'wae'] },
  WO: { canonical: 'wo', spellings: ['wo', 'weo', 'uo'] },
  WI: { canonical: 'wi', spellings: ['wi'] },
  I: { canonical: 'i', spellings: ['i', 'ee', 'ui', 'eui', 'yi'] },
};

/** Final consonants. A silent `h` (Oh, Roh, Suh) folds to no coda. */
export const CODAS: Readonly<Record<string, SpellingClass>> = {
  NG: { canonical: 'ng', spellings: ['ng'] },
  N: { canonical: 'n', spellings: ['n'] },
  M: { canonical: 'm', spellings: ['m'] },
  L: { canonical: 'l', spellings: ['l'] },
  K: { canonical: 'k', spellings: ['k'] },
  P: { canonical: 'p', spellings: ['p'] },
  T: { canonical: 't', spellings: ['t'] },
  '': { canonical: '', spellings: ['', 'h'] },
};

/** Whole-syllable spellings that do not follow the part-by-part rules. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([['ahn', 'an']]);

/** Vowels before which an initial r/l/n is dropped (리→이, 룡→용, 녀→여); before others r becomes n (로→노). */
const DROPS_INITIAL = new Set(['I', 'YA', 'YE', 'YO', 'YOO']);

function reverseIndex(table: Readonly<Record<string, SpellingClass>>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [group, { spellings }] of Object.entries(table)) {
    for (const spelling of spellings) index.set(spelling, group);
  }
  return index;
}

const onsetGroup = reverseIndex(ONSETS);
const nucleusGroup = reverseIndex(NUCLEI);
const codaGroup = reverseIndex(CODAS);

/** Length of the longest spelling in an index. */
function longest(index: Map<string, string>): number {
  return Math.max(...[...index.keys()].map((spelling) => spelling.length));
}

/** The parts of one parsed syllable, as group names of ONSETS, NUCLEI and CODAS. */
export interface SyllableParts {
  /** The spelling as written. */
  readonly written: string;
  /** The written spelling of onset, vowel and coda ("ch", "oe", ""). */
  readonly spelled: readonly [string, string, string];
  readonly onset: string;
  readonly nucleus: string;
  readonly coda: string;
  /** The syllable's key: the canonical spelling of its classes. */
  readonly key: string;
}

/** Letters and pairs no romanization of Korean uses: words with them are not Korean-shaped. */
const NOT_ROMANIZED = /[fqvxz]|c(?!h)/;
/** The longest syllable spelling ("tchwaeng" and the like stay below this). */
const MAX_SYLLABLE_LENGTH = 8;

function parts(written: string, spelled: readonly [string, string, string]): SyllableParts {
  const nucleus = nucleusGroup.get(spelled[1])!;
  let onset = onsetGroup.get(spelled[0])!;
  if (onset === 'R' || onset === 'N') onset = DROPS_INITIAL.has(nucleus) ? '' : 'N';
  const coda = codaGroup.get(spelled[2])!;
  const key = ONSETS[onset]!.canonical + NUCLEI[nucleus]!.canonical + CODAS[coda]!.canonical;
  return { written, spelled, onset, nucleus, coda, key };
}

const LONGEST_ONSET = longest(onsetGroup);
const LONGEST_NUCLEUS = longest(nucleusGroup);

/**
 * Cuts a spelling into onset, vowel and coda. Where it can be cut two ways, the longer onset
 * wins, then the longer vowel (the coda is then whatever is left, if it is one).
 */
function cut(spelling: string): SyllableParts | undefined {
  for (let onsetEnd = Math.min(LONGEST_ONSET, spelling.length); onsetEnd >= 0; onsetEnd--) {
    const onset = spelling.slice(0, onsetEnd);
    if (!onsetGroup.has(onset)) continue;
    const most = Math.min(onsetEnd + LONGEST_NUCLEUS, spelling.length);
    for (let nucleusEnd = most; nucleusEnd > onsetEnd; nucleusEnd--) {
      const nucleus = spelling.slice(onsetEnd, nucleusEnd);
      if (!nucleusGroup.has(nucleus)) continue;
      const coda = spelling.slice(nucleusEnd);
      if (codaGroup.has(coda)) return parts(spelling, [onset, nucleus, coda]);
    }
  }
  return undefined;
}

/** Parsed spellings, the ones that are no syllable included (as null): each is cut once. */
const parsed = new Map<string, SyllableParts | null>();
/** Spellings kept in `parsed`; past this it starts over, whatever text a page holds. */
const PARSED_LIMIT = 100_000;

/** Parses one lowercase ASCII spelling as a single syllable, applying the initial sound law. */
export function parseSyllable(spelling: string): SyllableParts | undefined {
  if (spelling.length > MAX_SYLLABLE_LENGTH) return undefined;
  let result = parsed.get(spelling);
  if (result === undefined) {
    const regular = IRREGULAR.get(spelling);
    const regularParts = regular === undefined ? undefined : cut(regular);
    result = (regularParts ? parts(spelling, regularParts.spelled) : cut(spelling)) ?? null;
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(spelling, result);
  }
  return result ?? undefined;
}

const MAX_SYLLABLES_IN_WORD = 4;

/** Spellings of one syllable part, letter by letter; `end` marks a complete spelling. */
interface SpellingTrie {
  end: boolean;
  next: Map<number, SpellingTrie>;
}

function spellingTrie(spellings: Iterable<string>): SpellingTrie {
  const root: SpellingTrie = { end: false, next: new Map() };
  for (const spelling of spellings) {
    let node = root;
    for (let index = 0; index < spelling.length; index++) {
      const code = spelling.charCodeAt(index);
      let child = node.next.get(code);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

const ONSET_SPELLINGS = spellingTrie(onsetGroup.keys());
const NUCLEUS_SPELLINGS = spellingTrie(nucleusGroup.keys());
const CODA_SPELLINGS = spellingTrie(codaGroup.keys());
const MAX_WORD_LENGTH = MAX_SYLLABLES_IN_WORD * MAX_SYLLABLE_LENGTH;
/** Fewest syllables that reach each offset of the word being checked (reused). */
const fewest = new Uint8Array(MAX_WORD_LENGTH + 1);
const UNREACHED = 255;

/**
 * Whether a word splits into at most MAX_SYLLABLES_IN_WORD syllables, each some onset + vowel +
 * coda (or an irregular syllable): exactly the words `splitSyllables` can split. Most English
 * words fail it within a few letters, so they never reach the split below. A walk of the three
 * spelling tables, not a compiled pattern: compiling that pattern cost about 10 ms at first use.
 */
export function isSyllableSequence(word: string): boolean {
  const length = word.length;
  fewest.fill(UNREACHED, 0, length + 1);
  fewest[0] = 0;
  for (let from = 0; from < length; from++) {
    const count = fewest[from]!;
    if (count >= MAX_SYLLABLES_IN_WORD) continue;
    const next = count + 1;
    for (const spelling of IRREGULAR.keys()) {
      const to = from + spelling.length;
      if (word.startsWith(spelling, from) && next < fewest[to]!) fewest[to] = next;
    }
    let onsetEnd = from;
    for (let onset: SpellingTrie | undefined = ONSET_SPELLINGS; onset !== undefined;) {
      if (onset.end) {
        let nucleusEnd = onsetEnd;
        let nucleus = NUCLEUS_SPELLINGS.next.get(word.charCodeAt(nucleusEnd++));
        while (nucleus !== undefined) {
          if (nucleus.end) {
            let codaEnd = nucleusEnd;
            for (let coda: SpellingTrie | undefined = CODA_SPELLINGS; coda !== undefined;) {
              if (coda.end && next < fewest[codaEnd]!) fewest[codaEnd] = next;
              coda = coda.next.get(word.charCodeAt(codaEnd++));
            }
          }
          nucleus = nucleus.next.get(word.charCodeAt(nucleusEnd++));
        }
      }
      onset = onset.next.get(word.charCodeAt(onsetEnd++));
    }
  }
  return fewest[length]! <= MAX_SYLLABLES_IN_WORD;
}

const MAX_SPLITS = 4;

/**
 * Splits a lowercase ASCII word into syllables: one when the word is one syllable, several for a
 * joined given name ("sonhui" → son, hui); empty when it is not Korean-shaped. Only the splits
 * with the fewest syllables are kept, longest first syllable first; a joined word can be
 * ambiguous ("songyong": song-yong or son-gyong), so all of them are returned.
 */
export function splitSyllables(word: string): SyllableParts[][] {
  if (word.length > MAX_WORD_LENGTH || NOT_ROMANIZED.test(word) || !isSyllableSequence(word)) {
    return [];
  }
  const single = parseSyllable(word);
  if (single) return [[single]];
  const splits: SyllableParts[][][] = new Array<SyllableParts[][]>(word.length + 1);
  splits[word.length] = [[]];
  for (let from = word.length - 1; from >= 0; from--) {
    let found: SyllableParts[][] = [];
    for (let to = Math.min(word.length, from + MAX_SYLLABLE_LENGTH); to > from; to--) {
      const rests = splits[to] ?? [];
      const restLength = rests[0]?.length;
      if (restLength === undefined || restLength >= MAX_SYLLABLES_IN_WORD) continue;
      const parts = parseSyllable(word.slice(from, to));
      if (!parts) continue;
      const length = restLength + 1;
      const current = found[0]?.length;
      if (current !== undefined && length > current) continue;
      if (current !== undefined && length < current) found = [];
      for (const rest of rests) if (found.length < MAX_SPLITS) found.push([parts, ...rest]);
    }
    splits[from] = found;
  }
  return splits[0] ?? [];
}

/** Syllable keys of each split of a word ("sonhui" → [[son, hi]]); empty when not Korean-shaped. */
export function syllableKeys(word: string): string[][] {
  const keys: string[][] = [];
  for (const split of splitSyllables(word)) {
    const reading: string[] = [];
    for (const syllable of split) reading.push(syllable.key);
    keys.push(reading);
  }
  return keys;
}

const MAX_SPELLINGS_PER_SYLLABLE = 8;

/** `options` with the written spelling first when it is one of them: change little first. */
function writtenFirst(written: string, options: readonly string[]): readonly string[] {
  return options.includes(written) ? [written, ...options.filter((o) => o !== written)] : options;
}
/** Spellings the parser accepts but generated variants leave out as too rare. */
const RARE_SPELLINGS = new Set(['kk', 'tt', 'pp', 'jj', 'ss', 'tch', 'ph', 'rh', 'woo', 'ai']);

/**
 * Spellings of one syllable, as written first, all sharing its key: onset × vowel × coda
 * spellings, with the r/l/n an initial sound law may have dropped put back.
 */
export function syllableSpellings(parts: SyllableParts): string[] {
  const onsets =
    parts.onset === '' && DROPS_INITIAL.has(parts.nucleus)
      ? ['', 'r', 'l']
      : parts.onset === 'N'
        ? ['n', 'r']
        : (ONSETS[parts.onset]?.spellings ?? ['']);
  const nuclei = (NUCLEI[parts.nucleus]?.spellings ?? []).filter(
    (nucleus) =>
      (nucleus !== 'ar' || parts.coda === 'K') &&
      (parts.onset === '' || !['woo', 'yi', 'eui'].includes(nucleus)),
  );
  const codas = parts.coda === '' ? [''] : (CODAS[parts.coda]?.spellings ?? ['']);
  const [onset0, nucleus0, coda0] = parts.spelled;
  const spellings = new Set([parts.written]);
  for (const onset of writtenFirst(onset0, onsets)) {
    for (const nucleus of writtenFirst(nucleus0, nuclei)) {
      for (const coda of writtenFirst(coda0, codas)) {
        if (![onset, nucleus, coda].some((part) => RARE_SPELLINGS.has(part)))
          spellings.add(onset + nucleus + coda);
      }
    }
  }
  return [...spellings].slice(0, MAX_SPELLINGS_PER_SYLLABLE);
}
