/**
 * Hangul spelled out letter by letter, for search as a Korean reader types. An input method
 * builds each syllable from its letters, so the query passes through states that are no
 * syllable of the name: 김저 and 김정ㅇ on the way to 김정은, 최섢 (ㄴ and ㅎ joined) on the way
 * to 최선희, 초 on the way to 최. Spelled out, each of those is the start of the name's letters.
 */

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const MEDIALS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
/** Final consonants; index 0 of a syllable's final is none. */
const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

/** Letters typed as two keys, which an input method joins: written as the two. */
const JOINED: Readonly<Record<string, string>> = {
  ㄳ: 'ㄱㅅ',
  ㄵ: 'ㄴㅈ',
  ㄶ: 'ㄴㅎ',
  ㄺ: 'ㄹㄱ',
  ㄻ: 'ㄹㅁ',
  ㄼ: 'ㄹㅂ',
  ㄽ: 'ㄹㅅ',
  ㄾ: 'ㄹㅌ',
  ㄿ: 'ㄹㅍ',
  ㅀ: 'ㄹㅎ',
  ㅄ: 'ㅂㅅ',
  ㅘ: 'ㅗㅏ',
  ㅙ: 'ㅗㅐ',
  ㅚ: 'ㅗㅣ',
  ㅝ: 'ㅜㅓ',
  ㅞ: 'ㅜㅔ',
  ㅟ: 'ㅜㅣ',
  ㅢ: 'ㅡㅣ',
};

const SYLLABLES_START = 0xac00;
const SYLLABLES_END = 0xd7a3;
const CONJOINING_INITIALS = 0x1100;
const CONJOINING_MEDIALS = 0x1161;
/** One before the first conjoining final, so that final `n` is at `n`, as in `FINALS`. */
const CONJOINING_FINALS = 0x11a7;

/** Whether `text` has a Hangul syllable or letter. */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;

/**
 * `text` with every Hangul syllable written as its letters, and every joined letter as the
 * letters typed for it: 최선희 → ㅊㅗㅣㅅㅓㄴㅎㅡㅣ. Letters in either Unicode form (ㅇ, or
 * the conjoining ᄋ that NFKD makes of it) come out alike. Other characters are kept.
 */
export function spellOutHangul(text: string): string {
  let out = '';
  for (const char of text) out += lettersOf(char);
  return out;
}

function lettersOf(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= SYLLABLES_START && code <= SYLLABLES_END) {
    const index = code - SYLLABLES_START;
    const final = index % 28;
    const medial = Math.floor(index / 28) % 21;
    const initial = Math.floor(index / 28 / 21);
    return (
      INITIALS.charAt(initial) +
      split(MEDIALS.charAt(medial)) +
      (final === 0 ? '' : split(FINALS.charAt(final)))
    );
  }
  if (code >= CONJOINING_INITIALS && code < CONJOINING_INITIALS + INITIALS.length) {
    return INITIALS.charAt(code - CONJOINING_INITIALS);
  }
  if (code >= CONJOINING_MEDIALS && code < CONJOINING_MEDIALS + MEDIALS.length) {
    return split(MEDIALS.charAt(code - CONJOINING_MEDIALS));
  }
  if (code > CONJOINING_FINALS && code < CONJOINING_FINALS + FINALS.length) {
    return split(FINALS.charAt(code - CONJOINING_FINALS));
  }
  return split(char);
}

function split(letter: string): string {
  return JOINED[letter] ?? letter;
}
