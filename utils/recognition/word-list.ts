/**
 * The words of one text as the matcher reads them: offsets, separators and units in parallel
 * arrays that are refilled for each text, so scanning a long page makes no object or string per
 * word (a word seen before is found by its hash: `UnitCache.ofSpan`).
 */
import { cleanWord, readWords, type Separator } from '@/utils/recognition/tokenize';
import type { UnitCache, WordUnits } from '@/utils/recognition/units';

/**
 * Short words a headline written in title case leaves lowercase: articles, conjunctions, short
 * prepositions, and the particles of Western names ("von der Leyen").
 */
const MINOR_WORDS = new Set(
  'a an and as at bin but by de der du en for in la le nor of off on or per so the to up van via von vs yet'.split(
    ' ',
  ),
);
const SHORT_WORD = /^[a-z]{2,3}$/;

export class WordList {
  /** How many words the last text had; entries past it are left over from earlier texts. */
  count = 0;
  /** UTF-16 offsets of each word in the text (a possessive 's excluded). */
  readonly start: number[] = [];
  readonly end: number[] = [];
  /** What separates each word from the previous one. */
  readonly before: Separator[] = [];
  readonly units: WordUnits[] = [];
  /** For Hangul words with deleted characters inside: the text offset of each of their characters. */
  private readonly offsets: (number[] | undefined)[] = [];
  /** The text last read. */
  text = '';
  private titleCased: boolean | undefined;

  constructor(private readonly cache: UnitCache) {}

  read(text: string): void {
    this.count = 0;
    this.text = text;
    this.titleCased = undefined;
    readWords(text, (start, end, hangul, dirty, before, hash) => {
      const index = this.count++;
      this.start[index] = start;
      this.end[index] = end;
      this.before[index] = before;
      if (dirty) {
        const { clean, offsets } = cleanWord(text, start, end);
        this.units[index] = this.cache.of({ clean, hangul });
        this.offsets[index] = hangul ? offsets : undefined;
      } else {
        this.units[index] = this.cache.ofSpan(text, start, end, hangul, hash);
        this.offsets[index] = undefined;
      }
    });
  }

  /**
   * Whether the text is written with every word capitalised, as headlines often are: it has no
   * lowercase Latin word of four letters or more, nor a shorter one other than those a headline
   * leaves lowercase ("Kim to Visit Russia" is one, "He met Wang Yi." is not).
   */
  titleCase(): boolean {
    if (this.titleCased === undefined) {
      this.titleCased = true;
      for (let index = 0; index < this.count && this.titleCased; index++) {
        const word = this.units[index]!;
        if (word.hangul || word.capitalised) continue;
        if (word.word.length >= 4 || (SHORT_WORD.test(word.word) && !MINOR_WORDS.has(word.word))) {
          this.titleCased = false;
        }
      }
    }
    return this.titleCased;
  }

  /** The word at `index`, or undefined past the last word. */
  at(index: number): WordUnits | undefined {
    return index < this.count ? this.units[index] : undefined;
  }

  /** Text offset of character `character` of word `index` (deleted characters skipped). */
  offsetOf(index: number, character: number): number {
    const offsets = this.offsets[index];
    return offsets ? offsets[character]! : this.start[index]! + character;
  }
}
