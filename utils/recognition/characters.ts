/** Character classes the tokenizer needs, by UTF-16 code unit. */

export const CharClass = {
  Word: 0,
  Hangul: 1,
  Space: 2,
  Hyphen: 3,
  Apostrophe: 4,
  /** Soft hyphen and zero-width characters: deleted, never a boundary. */
  Deleted: 5,
  /** Any other punctuation or symbol. */
  Break: 6,
} as const;

export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

function classifyAscii(code: number): CharClass {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return CharClass.Word;
  if (code >= 0x30 && code <= 0x39) return CharClass.Word;
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return CharClass.Space;
  if (code === 0x2d) return CharClass.Hyphen;
  if (code === 0x27 || code === 0x60) return CharClass.Apostrophe;
  return CharClass.Break;
}

function classifyCode(code: number): CharClass {
  if (code < 0x80) return classifyAscii(code);
  if (code >= 0xac00 && code <= 0xd7a3) return CharClass.Hangul;
  switch (code) {
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x200c: // zero-width non-joiner
    case 0x200d: // zero-width joiner
    case 0x2060: // word joiner
    case 0xfeff: // zero-width no-break space
      return CharClass.Deleted;
    case 0x2019: // right single quotation mark
    case 0x2018: // left single quotation mark
    case 0x02bc: // modifier letter apostrophe
    case 0x02bb: // modifier letter turned comma
    case 0x00b4: // acute accent
    case 0x2032: // prime
      return CharClass.Apostrophe;
    case 0x00b7: // middle dot, as Korean joins two countries: 북·미 정상회담
    case 0x30fb: // katakana middle dot, the same in full width
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2212: // minus sign
    case 0xfe63: // small hyphen-minus
    case 0xff0d: // fullwidth hyphen-minus
      return CharClass.Hyphen;
  }
  const char = String.fromCharCode(code);
  if (WORD_CHAR.test(char)) return CharClass.Word;
  return SPACE.test(char) ? CharClass.Space : CharClass.Break;
}

const UNKNOWN = 0xff;

/** The class of every code unit seen so far: each is classified once, then read from here. */
const CLASSES = new Uint8Array(0x10000).fill(UNKNOWN);

export function classify(code: number): CharClass {
  const known = CLASSES[code]!;
  if (known !== UNKNOWN) return known as CharClass;
  const kind = classifyCode(code);
  CLASSES[code] = kind;
  return kind;
}
