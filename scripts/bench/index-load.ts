/**
 * What the popup does at open before the first keystroke: parse the prebuilt index, read the
 * search documents back from it and build the search (its prefix and trigram indexes), against
 * generating the documents from the profiles and building the Fuse index instead.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { toSearchDocs, type SearchableProfile } from '@/utils/search/documents';
import { docsFromIndex } from '@/utils/search/documents-from-index';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';
import { median } from '@/scripts/bench/stats';

export interface IndexLoad {
  /** Prebuilt index parsed, documents read from it, search built. */
  parseMs: number;
  /** Documents generated from the profiles, Fuse index built from them, search built. */
  buildMs: number;
}

export function indexLoad(
  profiles: readonly SearchableProfile[],
  canonical: (name: string) => string,
  runs: number,
): IndexLoad {
  const docs = toSearchDocs(profiles);
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
    buildMs: time(() => {
      const generated = toSearchDocs(profiles);
      return createSearch(
        generated,
        Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], generated),
        canonical,
      );
    }),
    parseMs: time(() => {
      const index = Fuse.parseIndex<SearchDoc>(JSON.parse(json));
      return createSearch(docsFromIndex(profiles, index), index, canonical);
    }),
  };
}
