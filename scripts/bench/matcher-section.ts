/**
 * 1. The matcher in Node: compile time and scan throughput on news-like text, with the real
 * dataset and the 5,000-entity synthetic registry, and the cost of scanning the generated
 * page's blocks the way the content script does (one back-reference state per article).
 */
import { performance } from 'node:perf_hooks';
import type { MatcherEntity } from '@/utils/recognition/types';
import { compileRecognizer, createBackrefState, type Recognizer } from '@/utils/recognition';
import type { BenchContext } from '@/scripts/bench/bench-context';
import { NEWS_TEXT_LENGTH, SEED } from '@/scripts/bench/bench-context';
import { newsParagraphs, paragraphText } from '@/scripts/bench/news-text';
import { type Row, unmeasured } from '@/scripts/bench/report';
import { median } from '@/scripts/bench/stats';

const SECTION = '1 Matcher';

export interface MatcherFigures {
  rows: Row[];
  /** Median ms to compile and scan the real page's blocks, and the synthetic page's with the 5,000 registry. */
  realPageMs?: number;
  syntheticPageMs?: number;
}

export function matcherSection(context: BenchContext): MatcherFigures {
  const real: readonly MatcherEntity[] = context.lens.entities;
  const combined = [...context.synthetic, ...real];
  const rows: Row[] = [];
  for (const [label, entities, budget] of [
    [`real dataset (${real.length} entities)`, real, undefined],
    [`synthetic registry (${context.synthetic.length} + ${real.length} real)`, combined, 50],
  ] as const) {
    const compileMs = median(timeRuns(context.runs, () => compileRecognizer(entities)));
    rows.push({
      section: SECTION,
      metric: `compile, ${label}`,
      value: compileMs,
      unit: 'ms',
      ...(budget === undefined ? {} : { budget: { limit: budget, kind: 'max' as const } }),
      note: 'at runtime, once per page',
    });
    try {
      const blocks = newsParagraphs(entities, { seed: SEED, length: NEWS_TEXT_LENGTH }).map(
        paragraphText,
      );
      const megabytes = Buffer.byteLength(blocks.join('\n\n')) / 1e6;
      const recognizer = compileRecognizer(entities);
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
  const realPageMs = median(
    timeRuns(context.runs, () => compileAndScan(real, context.page.blocks)),
  );
  const syntheticPageMs = median(
    timeRuns(context.runs, () => compileAndScan(combined, context.syntheticPage.blocks)),
  );
  rows.push(
    {
      section: SECTION,
      metric: 'compile + scan 1 MB page blocks, real dataset',
      value: realPageMs,
      unit: 'ms',
      note: `Node; ${context.page.blocks.length} blocks`,
    },
    {
      section: SECTION,
      metric: 'compile + scan 1 MB page blocks, 5,000 synthetic',
      value: syntheticPageMs,
      unit: 'ms',
      note: `Node; page naming synthetic and real entities`,
    },
  );
  return { rows, realPageMs, syntheticPageMs };
}

function scanBlocks(recognizer: Recognizer, blocks: readonly string[]): number {
  const backrefs = createBackrefState();
  let mentions = 0;
  for (const block of blocks) mentions += recognizer.scan(block, { backrefs }).length;
  return mentions;
}

function compileAndScan(entities: readonly MatcherEntity[], blocks: readonly string[]): number {
  return scanBlocks(compileRecognizer(entities), blocks);
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
