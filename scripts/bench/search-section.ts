/**
 * 5. Search latency per keystroke with the popup's search function, over the real dataset with
 * its prebuilt index and over 5,000 synthetic profiles (plus the real ones) with an index built
 * beforehand. Measured in Node, on the same code the popup runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '@/utils/dataset/types';
import { canonicalForm } from '@/utils/recognition/canonical';
import { toSearchDocs } from '@/utils/search/documents';
import type { BenchContext } from '@/scripts/bench/bench-context';
import { SEED } from '@/scripts/bench/bench-context';
import type { Row } from '@/scripts/bench/report';
import { keystrokeLatency, type KeystrokeLatency } from '@/scripts/bench/search-latency';
import { indexLoad } from '@/scripts/bench/index-load';
import { median, repeat } from '@/scripts/bench/stats';
import { syntheticSearchProfiles } from '@/scripts/bench/synthetic-search-profiles';

const SECTION = '5 Search';
/** Each run types every query (over a hundred keystrokes), so a few runs give a steady median. */
const MAX_RUNS = 3;
const GENERATED = path.resolve(import.meta.dirname, '../../data/generated');

/** Typed as a reader would: full names, another romanization, an acronym, Hangul, a role. */
const REAL_QUERIES = [
  'Choe Son-hui',
  'choi sun hee',
  'Kim Yo Jong',
  'Security Council',
  'KCNA',
  '최선희',
  'foreign minister',
];

const QUICK_QUERIES = ['KCNA'];

export async function searchSection(context: BenchContext): Promise<Row[]> {
  const dataset = JSON.parse(
    readFileSync(path.join(GENERATED, 'profiles.json'), 'utf8'),
  ) as Dataset;
  const realIndex = readFileSync(path.join(GENERATED, 'search-index.json'), 'utf8');
  const realDocs = toSearchDocs(dataset.profiles);
  const syntheticProfiles = [
    ...syntheticSearchProfiles(context.synthetic, SEED),
    ...dataset.profiles,
  ];
  const syntheticDocs = toSearchDocs(syntheticProfiles);
  const people = context.synthetic.filter((entity) => entity.type === 'person');
  const organisation = context.synthetic.find((entity) => entity.type !== 'person');
  const syntheticQueries = [
    ...REAL_QUERIES,
    people[0]?.name ?? '',
    people[1]?.aliases[people[1].aliases.length - 1] ?? '',
    people[2]?.hangul[0] ?? '',
    organisation?.name ?? '',
  ].filter(Boolean);
  /** A quick run types one short query once: enough to show the search works, not to time it. */
  const typed = (queries: string[]) => (context.quick ? QUICK_QUERIES : queries);
  const measure = async (run: () => KeystrokeLatency) => {
    const runs = await repeat(Math.min(context.runs, MAX_RUNS), run);
    return {
      p95: median(runs.map((r) => r.p95Ms)),
      median: median(runs.map((r) => r.medianMs)),
      max: Math.max(...runs.map((r) => r.maxMs)),
      keystrokes: runs[0]?.keystrokes ?? 0,
      runs: runs.length,
    };
  };
  const real = await measure(() =>
    keystrokeLatency(realDocs, typed(REAL_QUERIES), canonicalForm, realIndex),
  );
  const synthetic = await measure(() =>
    keystrokeLatency(syntheticDocs, typed(syntheticQueries), canonicalForm),
  );
  const load = indexLoad(syntheticProfiles, canonicalForm, context.runs);
  return [
    {
      section: SECTION,
      metric: `search ready at page open, ${syntheticDocs.length} profiles`,
      value: load.parseMs,
      unit: 'ms',
      note: `prebuilt index parsed, documents read from it, prefix and trigram indexes built; generating the documents and building the index instead: ${load.buildMs.toFixed(0)} ms`,
    },
    {
      section: SECTION,
      metric: `per keystroke p95, real dataset (${realDocs.length} profiles)`,
      value: real.p95,
      unit: 'ms',
      note: `median ${real.median.toFixed(2)} ms, worst ${real.max.toFixed(2)} ms over ${real.keystrokes} keystrokes, ${real.runs} runs`,
    },
    {
      section: SECTION,
      metric: `per keystroke p95, ${syntheticDocs.length} profiles`,
      value: synthetic.p95,
      unit: 'ms',
      budget: { limit: 16, kind: 'max' },
      note: `median ${synthetic.median.toFixed(2)} ms, worst ${synthetic.max.toFixed(2)} ms over ${synthetic.keystrokes} keystrokes, ${synthetic.runs} runs`,
    },
  ];
}
