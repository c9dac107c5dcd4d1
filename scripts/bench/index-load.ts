/**
 * What the prebuilt search index saves: building a Fuse index from the documents when a page
 * opens, against parsing the index the data build wrote.
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { median } from '@/scripts/bench/stats';

export interface IndexLoad {
  buildMs: number;
  parseMs: number;
}

export function indexLoad(docs: readonly SearchDoc[], runs: number): IndexLoad {
  const build = () => Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs);
  const json = JSON.stringify(build().toJSON());
  const time = (work: () => unknown) =>
    median(
      Array.from({ length: runs }, () => {
        const start = performance.now();
        work();
        return performance.now() - start;
      }),
    );
  return {
    buildMs: time(build),
    parseMs: time(
      () => new Fuse(docs, SEARCH_OPTIONS, Fuse.parseIndex<SearchDoc>(JSON.parse(json))),
    ),
  };
}
