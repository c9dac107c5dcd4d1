/**
 * 1. The matcher in Node: the build-time reading of every alias into units, the trie a page
 * builds from those readings, scan throughput on news-like text, with the real dataset and the
 * 5,000-entity synthetic registry, and the cost of scanning the generated page's blocks the way
 * the content script does (one back-reference state per article).
 */
import { performance } from 'node:perf_hooks';
import type { MatcherEntity } from '@/utils/recognition/types';
import {
  createBackrefState,
  precompileEntities,
  type Recognizer,
  startRecognizer,
} from '@/utils/recognition';
import { encodeMatcherText, readMatcherText } from '@/utils/dataset/matcher-text';
import type { BenchContext } from '@/scripts/bench/bench-context';
import { NEWS_TEXT_LENGTH, SEED } from '@/scripts/bench/bench-context';
import { newsParagraphs, paragraphText } from '@/scripts/bench/news-text';
import { type Row, unmeasured } from '@/scripts/bench/report';
import { median } from '@/scripts/bench/stats';

const SECTION = '1 Matcher';

export function matcherSection(context: BenchContext): Row[] {
  const real: readonly MatcherEntity[] = context.lens.entities;
  const combined = [...context.synthetic, ...real];
  const rows: Row[] = [];
  for (const [label, entities, budget] of [
    [`real dataset (${real.length} entities)`, real, undefined],
    [`synthetic registry (${context.synthetic.length} + ${real.length} real)`, combined, 50],
  ] as const) {
    const precompileMs = median(timeRuns(context.runs, () => precompileEntities(entities)));
    const serialised = serialise(entities);
    const loadMs = median(timeRuns(context.runs, () => load(serialised)));
    rows.push(
      {
        section: SECTION,
        metric: `read aliases into units, ${label}`,
        value: precompileMs,
        unit: 'ms',
        note: 'at build time (npm run data), not on the page',
      },
      {
        section: SECTION,
        metric: `compile on the page, ${label}`,
        value: loadMs,
        unit: 'ms',
        ...(budget === undefined ? {} : { budget: { limit: budget, kind: 'max' as const } }),
        note: `reading the bundled text of the readings (${(serialised.length / 1e6).toFixed(2)} MB) + trie build`,
      },
    );
    try {
      const blocks = newsParagraphs(entities, { seed: SEED, length: NEWS_TEXT_LENGTH }).map(
        paragraphText,
      );
      const megabytes = Buffer.byteLength(blocks.join('\n\n')) / 1e6;
      const recognizer = load(serialised);
      const mentions = scanBlocks(recognizer, blocks);
      if (mentions === 0) throw new Error('the matcher found no mention in the text');
      const scanMs = median(timeRuns(context.runs, () => scanBlocks(recognizer, blocks)));
      rows.push({
        section: SECTION,
        metric: `scan throughput, ${label}`,
        value: megabytes / (scanMs / 1000),
        unit: 'MB/s',
        note: `${megabytes.toFixed(1)} MB of news-like text, ${mentions} mentions`,
      });
    } catch (error) {
      rows.push(
        unmeasured({ section: SECTION, metric: `scan throughput, ${label}`, unit: 'MB/s' }, error),
      );
    }
  }
  for (const [label, entities, blocks] of [
    ['real dataset', real, context.page.blocks],
    ['5,000 synthetic', combined, context.syntheticPage.blocks],
  ] as const) {
    const serialised = serialise(entities);
    rows.push({
      section: SECTION,
      metric: `compile + scan 1 MB page blocks, ${label}`,
      value: median(timeRuns(context.runs, () => scanBlocks(load(serialised), blocks))),
      unit: 'ms',
      note: `Node; ${blocks.length} blocks`,
    });
  }
  return rows;
}

/** The readings as the content script bundles them (see utils/dataset/matcher-text.ts). */
function serialise(entities: readonly MatcherEntity[]): string {
  return encodeMatcherText(
    precompileEntities(entities).map((entity, index) => ({
      ...entity,
      category: entities[index]!.category,
    })),
  );
}

function load(serialised: string): Recognizer {
  return startRecognizer(readMatcherText(serialised)).step(Infinity)!;
}

function scanBlocks(recognizer: Recognizer, blocks: readonly string[]): number {
  const backrefs = createBackrefState();
  let mentions = 0;
  for (const block of blocks) mentions += recognizer.scan(block, { backrefs }).length;
  return mentions;
}

function timeRuns(runs: number, work: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}
