/**
 * What the popup does at open before the first keystroke: parse the prebuilt index, read the
 * search documents back from it and build the search (its prefix and trigram indexes), against
 * building the Fuse index from the documents instead of parsing it.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { docsFromIndex } from '@/utils/search/documents-from-index';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';
import { median } from '@/scripts/bench/stats';

export interface IndexLoad {
  /** Prebuilt index parsed, documents read from it, search built. */
  parseMs: number;
  /** Fuse index built from the documents, search built. */
  buildMs: number;
}

export function indexLoad(
  docs: readonly SearchDoc[],
  canonical: (name: string) => string,
  runs: number,
): IndexLoad {
  const json = JSON.stringify(Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs).toJSON());
  const time = (work: () => unknown) =>
    median(
      Array.from({ length: runs }, () => {
        const start = performance.now();
        work();
        return performance.now() - start;
      }),
    );
  return {
    buildMs: time(() =>
      createSearch(docs, Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs), canonical),
    ),
    parseMs: time(() => {
      const index = Fuse.parseIndex<SearchDoc>(JSON.parse(json));
      return createSearch(docsFromIndex(docs, index), index, canonical);
    }),
  };
}
