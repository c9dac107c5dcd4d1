/**
 * Extracts an attributed quotation: given the cited words, finds the quotation marks around them in
 * their sentence and returns everything between the marks.
 */
import type { ResolvedCitation } from '@/scripts/data/citations';
import type { Quote } from '@/utils/dataset/types';

export type QuoteResult = { ok: true; value: Quote } | { ok: false; message: string };

export function extractQuote(cited: ResolvedCitation, length: number): QuoteResult {
  const { sentence } = cited;
  const from = cited.at - sentence.start;
  const to = from + length;
  const bounds = curlyBounds(sentence.text, from, to) ?? straightBounds(sentence.text, from, to);
  if (!bounds) {
    return {
      ok: false,
      message: `the cited words are not inside quotation marks in "${sentence.text}"`,
    };
  }
  const quote = sentence.text.slice(bounds[0], bounds[1]).replace(/[,\s]+$/, '');
  return { ok: true, value: { ...sentence, quote } };
}

/** Inside “…”, allowing nested “…” pairs. */
function curlyBounds(text: string, from: number, to: number): [number, number] | undefined {
  let depth = 0;
  let open = -1;
  for (let i = from - 1; i >= 0; i--) {
    if (text[i] === '”') depth++;
    else if (text[i] === '“') {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open === -1) return undefined;
  depth = 0;
  for (let i = to; i < text.length; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”') {
      if (depth === 0) return [open + 1, i];
      depth--;
    }
  }
  return undefined;
}

/** Inside "…": an odd number of straight quotes before the words opens a quotation. */
function straightBounds(text: string, from: number, to: number): [number, number] | undefined {
  const before = text.slice(0, from);
  const count = before.split('"').length - 1;
  if (count % 2 === 0) return undefined;
  const close = text.indexOf('"', to);
  return close === -1 ? undefined : [before.lastIndexOf('"') + 1, close];
}
