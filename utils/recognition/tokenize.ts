/**
 * Splits text into words with their UTF-16 offsets and the kind of separator before each one.
 * Soft hyphens, zero-width characters and in-word apostrophes (Ch'oe) are deleted; a possessive
 * 's / ’s ends the word; any run of whitespace (NBSP, line breaks...) is one separator.
 */
import {
  isApostrophe,
  isDeleted,
  isHyphen,
  isSpace,
  isWordChar,
} from '@/utils/recognition/characters';
import { isHangulSyllable } from '@/utils/recognition/hangul';

/** What separates a word from the previous one. A name may span `space` and `hyphen`, never `break`. */
export type Separator = 'space' | 'hyphen' | 'break';

const STRENGTH: Record<Separator, number> = { space: 0, hyphen: 1, break: 2 };

export interface Token {
  /** UTF-16 offsets of the word in the text (a possessive 's excluded). */
  start: number;
  end: number;
  /** The word's characters with deleted characters removed, case preserved. */
  clean: string;
  hangul: boolean;
  /** For Hangul words: the text offset of each character of `clean`. */
  offsets?: number[];
  before: Separator;
}

function stronger(a: Separator, b: Separator): Separator {
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}

function nextKept(text: string, index: number): number {
  let next = index;
  while (next < text.length && isDeleted(text.charCodeAt(next))) next++;
  return next;
}

function isWordAt(text: string, index: number): boolean {
  return index < text.length && isWordChar(text.charCodeAt(index), text.charAt(index));
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let separator: Separator = 'break';
  let current: Token | undefined;

  const finish = () => {
    if (current) tokens.push(current);
    current = undefined;
  };

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isDeleted(code)) continue;
    const char = text.charAt(index);
    if (current && isApostrophe(code)) {
      const after = nextKept(text, index + 1);
      const afterS = nextKept(text, after + 1);
      if ((text[after] === 's' || text[after] === 'S') && !isWordAt(text, afterS)) {
        finish();
        index = after;
        continue;
      }
      if (isWordAt(text, after) && !current.hangul) continue;
      finish();
      continue;
    }
    if (!isApostrophe(code) && isWordChar(code, char)) {
      const hangul = isHangulSyllable(code);
      if (current && current.hangul !== hangul) finish();
      if (!current) {
        current = { start: index, end: index, clean: '', hangul, before: separator };
        if (hangul) current.offsets = [];
        separator = 'space';
      }
      current.clean += char;
      current.offsets?.push(index);
      current.end = index + 1;
      continue;
    }
    finish();
    separator = stronger(separator, isSpace(char) ? 'space' : isHyphen(code) ? 'hyphen' : 'break');
  }
  finish();
  return tokens;
}
