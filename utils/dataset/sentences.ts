/**
 * Splits corpus text into sentences with stable indices and UTF-16 offsets. A line break always
 * ends a sentence (headings, bylines and page furniture carry no full stop); inside a line a
 * sentence ends at `.`, `!` or `?` (plus any closing quotes) followed by a space and a capital,
 * digit or opening quote, unless the full stop closes an abbreviation ("U.S.", "Mr.", an initial)
 * or a quotation is still open.
 */

export interface Sentence {
  /** Position of the sentence in its document, from 0. */
  index: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'no',
  'nos',
  'vol',
  'vs',
  'etc',
  'gen',
  'lt',
  'col',
  'sen',
  'rep',
  'gov',
  'inc',
  'co',
  'corp',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const OPENING_QUOTES = new Set(['“', '‘']);
const TRAILING_CLOSERS = new Set(['”', '’', '"', "'", ')', ']']);
const TERMINATORS = new Set(['.', '!', '?']);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    for (const [start, end] of splitLine(text, lineStart, lineEnd)) {
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return sentences;
}

/** Sentence ranges within text[from, to), trimmed, empty ones dropped. */
function splitLine(text: string, from: number, to: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = from;
  let quoteDepth = 0;
  let straightQuoteOpen = false;
  for (let i = from; i < to; i++) {
    const char = text[i]!;
    if (OPENING_QUOTES.has(char)) quoteDepth++;
    else if (char === '”') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (char === '"') straightQuoteOpen = !straightQuoteOpen;
    if (!TERMINATORS.has(char)) continue;

    let end = i + 1;
    let depth = quoteDepth;
    let straightOpen: boolean = straightQuoteOpen;
    while (end < to && TRAILING_CLOSERS.has(text[end]!)) {
      if (text[end] === '”') depth = Math.max(0, depth - 1);
      if (text[end] === '"') straightOpen = !straightOpen;
      end++;
    }
    if (depth > 0 || straightOpen) continue;
    if (!startsNewSentence(text, end, to)) continue;
    if (char === '.' && isAbbreviation(text, from, i)) continue;
    ranges.push([start, end]);
    quoteDepth = depth;
    straightQuoteOpen = straightOpen;
    start = end;
    i = end - 1;
  }
  ranges.push([start, to]);
  return ranges.map(([s, e]) => trim(text, s, e)).filter(([s, e]) => e > s);
}

/** True when, after whitespace, text at `at` begins like a sentence (or the line ends). */
function startsNewSentence(text: string, at: number, lineEnd: number): boolean {
  if (at >= lineEnd) return true;
  if (!/\s/.test(text[at]!)) return false;
  let next = at;
  while (next < lineEnd && /\s/.test(text[next]!)) next++;
  if (next >= lineEnd) return true;
  const char = text[next]!;
  return /[\p{Lu}\p{N}]/u.test(char) || OPENING_QUOTES.has(char) || '"\'(['.includes(char);
}

/** True when the full stop at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > lineStart && /[\p{L}.]/u.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

function trim(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** The index of the sentence that contains offset `at`, or -1. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (at < sentence.start) high = mid - 1;
    else if (at >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
