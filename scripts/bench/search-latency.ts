/**
 * Search latency per keystroke: each query is typed one character at a time and every prefix
 * is searched, as the popup does on each input event, over an index built beforehand and
 * loaded the way the extension loads its prebuilt one (serialised, then parsed).
 */
import Fuse from 'fuse.js';
import { performance } from 'node:perf_hooks';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';
import { percentile } from '@/scripts/bench/stats';

export interface KeystrokeLatency {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  keystrokes: number;
}

/** `serialisedIndex` is the prebuilt index as JSON text; built here from `docs` when absent. */
export function keystrokeLatency(
  docs: readonly SearchDoc[],
  queries: readonly string[],
  canonical: (name: string) => string,
  serialisedIndex?: string,
): KeystrokeLatency {
  const json =
    serialisedIndex ?? JSON.stringify(Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs).toJSON());
  const search = createSearch(docs, Fuse.parseIndex<SearchDoc>(JSON.parse(json)), canonical);
  const times: number[] = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const prefix = query.slice(0, length);
      const start = performance.now();
      search(prefix);
      times.push(performance.now() - start);
    }
  }
  return {
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    maxMs: Math.max(...times),
    keystrokes: times.length,
  };
}
