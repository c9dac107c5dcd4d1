/**
 * Splits text into words with their UTF-16 offsets and the kind of separator before each one.
 * Soft hyphens, zero-width characters and in-word apostrophes (Ch'oe) are deleted; a possessive
 * 's / ’s ends the word; any run of whitespace (NBSP, line breaks...) is one separator.
 */
import { CharClass, classify } from '@/utils/recognition/characters';

const { Word: WORD, Hangul: HANGUL, Hyphen: HYPHEN, Apostrophe: APOSTROPHE } = CharClass;
const { Deleted: DELETED, Break: BREAK } = CharClass;

/** What separates a word from the previous one. A name may span `space` and `hyphen`, never `break`. */
export type Separator = 'space' | 'hyphen' | 'break';

export interface Token {
  /** UTF-16 offsets of the word in the text (a possessive 's excluded). */
  start: number;
  end: number;
  /** The word's characters with deleted characters removed, case preserved. */
  clean: string;
  hangul: boolean;
  before: Separator;
}

function classAt(text: string, index: number): CharClass {
  return index < text.length ? classify(text.charCodeAt(index)) : BREAK;
}

function nextKept(text: string, index: number): number {
  let next = index;
  while (next < text.length && classAt(text, next) === DELETED) next++;
  return next;
}

function isWordAt(text: string, index: number): boolean {
  const kind = classAt(text, index);
  return kind === WORD || kind === HANGUL;
}

/** A word with deleted characters or in-word apostrophes: its kept characters and their offsets. */
export function cleanWord(
  text: string,
  start: number,
  end: number,
): { clean: string; offsets: number[] } {
  let clean = '';
  const offsets: number[] = [];
  for (let index = start; index < end; index++) {
    const kind = classify(text.charCodeAt(index));
    if (kind === WORD || kind === HANGUL) {
      clean += text.charAt(index);
      offsets.push(index);
    }
  }
  return { clean, offsets };
}

function makeToken(
  text: string,
  start: number,
  end: number,
  hangul: boolean,
  dirty: boolean,
  before: Separator,
): Token {
  const clean = dirty ? cleanWord(text, start, end).clean : text.slice(start, end);
  return { start, end, clean, hangul, before };
}

/**
 * Receives the words of a text in order. `dirty`: the word has deleted characters or in-word
 * apostrophes inside, so its characters are not `text.slice(start, end)` (see `cleanWord`).
 * `hash`: a hash of the word's characters when it is not dirty.
 */
export type WordSink = (
  start: number,
  end: number,
  hangul: boolean,
  dirty: boolean,
  before: Separator,
  hash: number,
) => void;

/** Reads the words of `text` into `sink`, without making a string or object per word. */
export function readWords(text: string, sink: WordSink): void {
  let separator = 'break' as Separator;
  /** Start of the word being read, or -1. */
  let start = -1;
  let end = -1;
  let hangul = false;
  let dirty = false;
  /** Hash of the word's characters so far. */
  let hash = 0;

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = classify(code);
    if (kind === WORD || kind === HANGUL) {
      const isHangul = kind === HANGUL;
      if (start !== -1 && isHangul !== hangul) {
        sink(start, end, hangul, dirty, separator, hash);
        separator = 'space';
        start = -1;
      }
      if (start === -1) {
        start = index;
        hangul = isHangul;
        dirty = false;
        hash = 0;
      }
      hash = (Math.imul(hash, 31) + code) | 0;
      end = index + 1;
      continue;
    }
    if (kind === DELETED) {
      if (start !== -1) dirty = true;
      continue;
    }
    if (start !== -1 && kind === APOSTROPHE) {
      const after = nextKept(text, index + 1);
      const possessive =
        (text[after] === 's' || text[after] === 'S') && !isWordAt(text, nextKept(text, after + 1));
      if (!possessive && !hangul && classAt(text, after) === WORD) {
        dirty = true;
        continue;
      }
      sink(start, end, hangul, dirty, separator, hash);
      separator = 'space';
      start = -1;
      if (possessive) index = after;
      continue;
    }
    if (start !== -1) {
      sink(start, end, hangul, dirty, separator, hash);
      separator = 'space';
      start = -1;
    }
    if (kind === BREAK || kind === APOSTROPHE) separator = 'break';
    else if (kind === HYPHEN && separator === 'space') separator = 'hyphen';
  }
  if (start !== -1) sink(start, end, hangul, dirty, separator, hash);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  readWords(text, (start, end, hangul, dirty, before) => {
    tokens.push(makeToken(text, start, end, hangul, dirty, before));
  });
  return tokens;
}
