/** Character classes the tokenizer needs, by UTF-16 code unit. */

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: deleted, never a boundary. */
const DELETED = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

/** Straight, curly and modifier apostrophes, backtick, acute accent, prime. */
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc, 0x02bb, 0x60, 0xb4, 0x2032]);

/** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, minus, small and fullwidth hyphen. */
const HYPHENS = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2212, 0xfe63, 0xff0d]);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

export function isDeleted(code: number): boolean {
  return DELETED.has(code);
}

export function isApostrophe(code: number): boolean {
  return APOSTROPHES.has(code);
}

export function isHyphen(code: number): boolean {
  return HYPHENS.has(code);
}

export function isWordChar(code: number, char: string): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39)
    );
  }
  return WORD_CHAR.test(char);
}

export function isSpace(char: string): boolean {
  return SPACE.test(char);
}
