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
  /** For Hangul words with deleted characters inside: the text offset of each character of `clean`. */
  offsets: number[] | undefined;
  before: Separator;
}

/** Text offset of character `index` of a token's `clean` form. */
export function offsetOf(token: Token, index: number): number {
  return token.offsets ? token.offsets[index]! : token.start + index;
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
function cleanWord(text: string, start: number, end: number): { clean: string; offsets: number[] } {
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
  if (!dirty)
    return { start, end, clean: text.slice(start, end), hangul, offsets: undefined, before };
  const { clean, offsets } = cleanWord(text, start, end);
  return { start, end, clean, hangul, offsets: hangul ? offsets : undefined, before };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let separator: Separator = 'break';
  /** Start of the word being read, or -1. */
  let start = -1;
  let end = -1;
  let hangul = false;
  let dirty = false;

  for (let index = 0; index < text.length; index++) {
    const kind = classify(text.charCodeAt(index));
    if (kind === WORD || kind === HANGUL) {
      const isHangul = kind === HANGUL;
      if (start !== -1 && isHangul !== hangul) {
        tokens.push(makeToken(text, start, end, hangul, dirty, separator));
        separator = 'space';
        start = -1;
      }
      if (start === -1) {
        start = index;
        hangul = isHangul;
        dirty = false;
      }
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
      tokens.push(makeToken(text, start, end, hangul, dirty, separator));
      separator = 'space';
      start = -1;
      if (possessive) index = after;
      continue;
    }
    if (start !== -1) {
      tokens.push(makeToken(text, start, end, hangul, dirty, separator));
      separator = 'space';
      start = -1;
    }
    if (kind === BREAK || kind === APOSTROPHE) separator = 'break';
    else if (kind === HYPHEN && separator === 'space') separator = 'hyphen';
  }
  if (start !== -1) tokens.push(makeToken(text, start, end, hangul, dirty, separator));
  return tokens;
}
