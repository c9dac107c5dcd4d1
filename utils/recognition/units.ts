/**
 * The matching units of a word: what the matcher compares, so that spellings which should be
 * equal produce equal units.
 * - Latin word shaped like Korean syllables: one syllable key per syllable ("Sonhui" → son, hi).
 * - Other Latin word: `~` + its folded form ("council" → ~council).
 * - Number: `#` + digits; a plural's `s` is dropped ("Hwasong-20s" are Hwasong-20 missiles).
 * - Hangul word: one folded syllable per character.
 * Acronyms are compared on the exact written word instead: see `acronymUnit`.
 */
import { foldHangulSyllable } from '@/utils/recognition/hangul';
import { syllableKeys } from '@/utils/recognition/syllables';
import type { Token } from '@/utils/recognition/tokenize';

export interface WordUnits {
  /** The word, deleted characters removed, case preserved. */
  word: string;
  hangul: boolean;
  /** Starts with a capital letter (see `isCapitalised`). */
  capitalised: boolean;
  /** The word's units; for an ambiguous joined word ("Songyong"), its first reading. */
  units: string[];
  /** Every reading of the word, `units` first. */
  readings: string[][];
  /** True when the word parsed as romanized Korean syllables. */
  syllabic: boolean;
  /** Lowercase, diacritics stripped. */
  folded: string;
  /** `units` joined by spaces: the word's surname key. */
  key: string;
  /** The unit of the word as an acronym: exactly as written. */
  exact: string;
  /** Written with a capital then lowercase ("Kim", not "kim" or "KIM"). */
  titleCase: boolean;
  /** Set by a recognizer owning the cache when it first reads the word: see `WordInTrie`. */
  inTrie: WordInTrie | undefined;
}

/** A word's units as the numbers of one recognizer's trie (see `Trie.unitNumber`). */
export interface WordInTrie {
  exact: number;
  /** `readings`, each unit numbered. */
  readings: number[][];
  /** Whether some alias begins with this word. */
  starts: boolean;
}

const NON_ASCII = /[\u0080-\uffff]/;
/** A number, or a number's plural ("Hwasong-20s"), which reads as the number. */
const DIGITS = /^([0-9]+)s?$/;
const LETTERS = /^[a-z]+$/;
const MARKS = /\p{M}/gu;

/** Case fold and strip diacritics (Sŏn → son, Hŭi → hui). */
export function foldLatin(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

type Reading = Pick<WordUnits, 'units' | 'readings' | 'syllabic'>;

function literal(unit: string): Reading {
  return { units: [unit], readings: [[unit]], syllabic: false };
}

function latinReading(folded: string): Reading {
  const number = DIGITS.exec(folded);
  if (number) return literal(`#${number[1]!}`);
  const readings = LETTERS.test(folded) ? syllableKeys(folded) : [];
  if (readings[0]) return { units: readings[0], readings, syllabic: true };
  return literal(`~${folded}`);
}

function hangulReading(word: string): Reading {
  const units = [...word].map(foldHangulSyllable);
  return { units, readings: [units], syllabic: false };
}

function wordUnits(word: string, hangul: boolean): WordUnits {
  const folded = hangul ? word : foldLatin(word);
  const reading = hangul ? hangulReading(word) : latinReading(folded);
  const second = word.charAt(1);
  return {
    word,
    hangul,
    capitalised: isCapitalised(word),
    units: reading.units,
    readings: reading.readings,
    syllabic: reading.syllabic,
    folded,
    key: reading.units.join(' '),
    exact: acronymUnit(word),
    titleCase: isCapitalised(word) && (second === '' || second !== second.toUpperCase()),
    inTrie: undefined,
  };
}

/** True when the word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

const TABLE_START = 1024;

/** Whether `text.slice(start, end)` is `word`, compared without making the slice. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let index = 0; index < word.length; index++) {
    if (word.charCodeAt(index) !== text.charCodeAt(start + index)) return false;
  }
  return true;
}

/** Units of a word, memoised: news text repeats a small vocabulary. */
export class UnitCache {
  private readonly cache = new Map<string, WordUnits>();
  /** Open-addressing table over `ofSpan` hashes: `hashes[slot]` is the hash of `slots[slot]`. */
  private hashes = new Int32Array(TABLE_START);
  private slots: (WordUnits | undefined)[] = new Array<WordUnits | undefined>(TABLE_START);
  private filled = 0;

  /**
   * `limit`: distinct words kept. Past it the cache starts over, so a page of endless distinct
   * words (random strings, a dump) cannot make it grow without bound.
   */
  constructor(private readonly limit = 100_000) {}

  of(token: Pick<Token, 'clean' | 'hangul'>): WordUnits {
    let units = this.cache.get(token.clean);
    if (!units) {
      if (this.cache.size >= this.limit) this.forget();
      units = wordUnits(token.clean, token.hangul);
      this.cache.set(token.clean, units);
    }
    return units;
  }

  /**
   * Units of the word `text.slice(start, end)`, found by `hash` (see `readWords`) without making
   * the word's string when it was seen before: the scan of a long page does this for every word.
   */
  ofSpan(text: string, start: number, end: number, hangul: boolean, hash: number): WordUnits {
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; this.slots[slot] !== undefined; slot = (slot + 1) & mask) {
      const known = this.slots[slot]!;
      if (this.hashes[slot] === hash && sameWord(known.word, text, start, end)) return known;
    }
    const units = this.of({ clean: text.slice(start, end), hangul });
    if (this.filled >= this.limit) this.forget();
    this.place(hash, units);
    if (++this.filled * 2 > this.hashes.length) this.grow();
    return units;
  }

  /** Puts `units` in the first free slot from its hash on. */
  private place(hash: number, units: WordUnits): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.slots[slot] = units;
  }

  private grow(): void {
    const { hashes, slots } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.slots = new Array<WordUnits | undefined>(hashes.length * 2);
    slots.forEach((units, index) => {
      if (units !== undefined) this.place(hashes[index]!, units);
    });
  }

  private forget(): void {
    this.cache.clear();
    this.hashes = new Int32Array(TABLE_START);
    this.slots = new Array<WordUnits | undefined>(TABLE_START);
    this.filled = 0;
  }
}

/** The unit an acronym word is compared on: the word exactly as written, case included. */
export function acronymUnit(word: string): string {
  return `=${word}`;
}
