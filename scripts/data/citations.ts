/**
 * Resolves registry citations (a corpus file and a verbatim snippet) to the one sentence that holds
 * the snippet. A snippet that is missing, occurs more than once or runs across a sentence boundary is
 * an input error: the curator quotes more (or fewer) words.
 */
import type { CorpusDoc } from '@/scripts/data/read-inputs';
import type { Citation } from '@/utils/dataset/registry-schema';
import { sentenceAt } from '@/utils/dataset/sentences';
import type { Span } from '@/utils/dataset/types';

export interface ResolvedCitation {
  doc: CorpusDoc;
  /** The whole cited sentence. */
  sentence: Span;
  /** Offset of the snippet in the corpus file. */
  at: number;
}

export type CitationResult = { ok: true; value: ResolvedCitation } | { ok: false; message: string };

export function resolveCitation(docs: readonly CorpusDoc[], citation: Citation): CitationResult {
  const doc = findDoc(docs, citation.doc);
  if (!doc) return { ok: false, message: `no corpus file matches "${citation.doc}"` };
  const occurrences = indicesOf(doc.text, citation.text);
  const name = doc.meta.file;
  if (occurrences.length === 0) {
    return { ok: false, message: `"${citation.text}" does not occur in ${name}` };
  }
  if (occurrences.length > 1) {
    return {
      ok: false,
      message: `"${citation.text}" occurs ${occurrences.length} times in ${name}; quote more words`,
    };
  }
  const at = occurrences[0]!;
  const index = sentenceAt(doc.sentences, at);
  const sentence = doc.sentences[index];
  if (!sentence || at + citation.text.length > sentence.end) {
    return { ok: false, message: `"${citation.text}" runs across sentences in ${name}` };
  }
  return { ok: true, value: { doc, at, sentence: spanOf(doc, index) } };
}

export function spanOf(doc: CorpusDoc, index: number): Span {
  const sentence = doc.sentences[index]!;
  return {
    doc: doc.meta.file,
    sentence: index,
    text: sentence.text,
    start: sentence.start,
    end: sentence.end,
  };
}

function findDoc(docs: readonly CorpusDoc[], ref: string): CorpusDoc | undefined {
  return docs.find((doc) => doc.meta.file === ref || doc.meta.file.startsWith(`${ref}_`));
}

function indicesOf(text: string, snippet: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(snippet); at !== -1; at = text.indexOf(snippet, at + 1))
    found.push(at);
  return found;
}
