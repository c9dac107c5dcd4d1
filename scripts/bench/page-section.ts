/**
 * 2 and 3. The generated live-blog page in real Chromium: loaded with the built extension and
 * without it, then marked by mark.js with the same names in the same browser.
 */
import { compileRecognizer, createBackrefState } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';
import type { BenchContext } from '@/scripts/bench/bench-context';
import { launchChromium } from '@/scripts/bench/chromium';
import { measureMarkJs } from '@/scripts/bench/mark-js';
import { measurePageLoad, type PageLoadSample } from '@/scripts/bench/page-load';
import type { ExtensionParts } from '@/scripts/bench/trace-analysis';
import { servePages } from '@/scripts/bench/page-server';
import { allNames } from '@/scripts/bench/real-dataset';
import { type Budget, type Row, unmeasured } from '@/scripts/bench/report';
import { median, repeat } from '@/scripts/bench/stats';
import { READ_AHEAD_SCREENS } from '@/utils/page/reading-reach';

const SCAN = '2 Page scan';
const MARK = '3 mark.js';

/** mark.js takes minutes on the 1 MB page; three runs are enough for a median. */
const MAX_MARK_RUNS = 3;

/** The built extension with the real dataset, and the same build bundling the 5,000-entity one. */
export interface PageSectionBuilds {
  real: string;
  synthetic: string;
}

export async function pageSection(
  context: BenchContext,
  builds: PageSectionBuilds,
): Promise<Row[]> {
  const page = context.chromiumPage;
  const sizeNote = `${(Buffer.byteLength(page.html) / 1e6).toFixed(2)} MB page, ${page.mentions} names`;
  /** Budgets hold for the 1 MB page; the quick run's smaller page gets figures without verdicts. */
  const budget = (limit: number, kind: Budget['kind'] = 'max') =>
    context.quick ? {} : { budget: { limit, kind } };
  const server = await servePages({
    '/live-blog.html': page.html,
    '/live-blog-5000.html': context.chromiumSyntheticPage.html,
  });
  const url = server.url('/live-blog.html');
  const rows: Row[] = [];
  try {
    const bare = await launchChromium();
    let without: PageLoadSample[];
    let markMs: number[];
    let marks = 0;
    try {
      without = await repeat(context.runs, () => measurePageLoad(bare, url), 1);
      const markRuns = await repeat(Math.min(context.runs, MAX_MARK_RUNS), () =>
        measureMarkJs(bare, url, allNames(context.lens)),
      );
      markMs = markRuns.map((run) => run.ms);
      marks = markRuns[0]?.marks ?? 0;
    } finally {
      await bare.close();
    }
    const lens = await launchChromium(builds.real);
    let withLens: PageLoadSample[];
    let atOpen: PageLoadSample[];
    try {
      atOpen = await repeat(context.runs, () => measurePageLoad(lens, url, 'top'), 1);
      withLens = await repeat(context.runs, () => measurePageLoad(lens, url), 1);
    } finally {
      await lens.close();
    }
    const highlights = median(withLens.map((sample) => sample.highlights));
    if (highlights === 0) throw new Error('the extension highlighted nothing on the page');
    const extensionMs = median(withLens.map((sample) => sample.trace.extensionTaskMs));
    const longest = withLens.map((sample) => sample.trace.longestExtensionTaskMs);
    const addedMs =
      median(withLens.map((sample) => sample.taskMs)) -
      median(without.map((sample) => sample.taskMs));
    const heapMb =
      (median(withLens.map((sample) => sample.heapBytes)) -
        median(without.map((sample) => sample.heapBytes))) /
      1e6;
    const markMedian = median(markMs);
    rows.push(
      openRow(atOpen, 'real dataset', budget(60)),
      {
        section: SCAN,
        metric: 'extension main-thread time, whole page read, real dataset',
        value: extensionMs,
        unit: 'ms',
        ...budget(60),
        note: `trace: tasks running extension code; scrolled to the end at once, so all of it is read; ${sizeNote}; ${highlights} highlighted, the matcher finds ${expectedMentions(context.lens.entities, context.chromiumPage.blocks)} in the page text`,
      },
      ...partRows(withLens, 'real dataset'),
      {
        section: SCAN,
        metric: 'main-thread time added vs no extension',
        value: addedMs,
        unit: 'ms',
        note: 'Performance.getMetrics TaskDuration, with − without (rendering included)',
      },
      {
        section: SCAN,
        metric: 'longest task caused by the extension',
        value: median(longest),
        unit: 'ms',
        ...budget(50),
        note: `trace; worst run ${Math.max(...longest).toFixed(1)} ms`,
      },
      {
        section: SCAN,
        metric: 'JS heap added',
        value: heapMb,
        unit: 'MB',
        note: 'page renderer heap after GC, with − without (content-script world included)',
      },
      {
        section: MARK,
        metric: 'mark.js, same names on the same page',
        value: markMedian,
        unit: 'ms',
        note: `${allNames(context.lens).length} names, ${marks} marks, median of ${markMs.length}`,
      },
      {
        section: MARK,
        metric: 'mark.js time / NK Lens time',
        value: markMedian / extensionMs,
        unit: '×',
        ...budget(25, 'min'),
      },
    );
  } catch (error) {
    rows.push(
      unmeasured(
        {
          section: SCAN,
          metric: 'extension main-thread time at page open, real dataset',
          unit: 'ms',
          ...budget(60),
        },
        error,
      ),
      unmeasured(
        {
          section: SCAN,
          metric: 'extension main-thread time, whole page read, real dataset',
          unit: 'ms',
          ...budget(60),
        },
        error,
      ),
      unmeasured(
        {
          section: SCAN,
          metric: 'longest task caused by the extension',
          unit: 'ms',
          ...budget(50),
        },
        error,
      ),
      unmeasured(
        { section: MARK, metric: 'mark.js time / NK Lens time', unit: '×', ...budget(25, 'min') },
        error,
      ),
    );
  }
  let synthetic: Row[];
  try {
    synthetic = await syntheticRows(
      context,
      builds.synthetic,
      server.url('/live-blog-5000.html'),
      budget(150),
    );
  } finally {
    await server.close();
  }
  const firstMarkRow = rows.findIndex((row) => row.section === MARK);
  rows.splice(firstMarkRow === -1 ? rows.length : firstMarkRow, 0, ...synthetic);
  return rows;
}

/** What the whole-page reads' extension time is made of (medians; GC runs inside the slices). */
function partRows(samples: PageLoadSample[], registry: string): Row[] {
  const part = (key: keyof ExtensionParts) =>
    median(samples.map((sample) => sample.trace.extensionParts[key]));
  return [
    {
      section: SCAN,
      metric: `  of which: scan slices (idle callbacks), ${registry}`,
      value: part('idleCallbacksMs'),
      unit: 'ms',
      note: 'trace: reading blocks, matching, recording mentions, registering highlights',
    },
    {
      section: SCAN,
      metric: `  of which: garbage collection, ${registry}`,
      value: part('garbageCollectionMs'),
      unit: 'ms',
      note: "trace: collections on the main thread during the extension's tasks, mostly inside the slices",
    },
    {
      section: SCAN,
      metric: `  of which: content script evaluation, ${registry}`,
      value: part('evaluationMs'),
      unit: 'ms',
      note: 'trace: the script and its bundled matcher data, evaluated at page start',
    },
  ];
}

/** Extension time of loads left at the top of the page, as a reader who has not scrolled yet. */
function openRow(samples: PageLoadSample[], registry: string, budget: { budget?: Budget }): Row {
  const longest = Math.max(...samples.map((sample) => sample.trace.longestExtensionTaskMs));
  return {
    section: SCAN,
    metric: `extension main-thread time at page open, ${registry}`,
    value: median(samples.map((sample) => sample.trace.extensionTaskMs)),
    unit: 'ms',
    ...budget,
    note: `trace; the page left at its top: NK Lens reads as far as ${READ_AHEAD_SCREENS} viewport heights below the viewport (the rest as the reader scrolls, or at once when the side panel asks); ${median(samples.map((sample) => sample.highlights))} names highlighted in view; longest task ${longest.toFixed(1)} ms`,
  };
}

/** The page naming the synthetic registry, loaded with the extension built around that registry. */
async function syntheticRows(
  context: BenchContext,
  extensionDir: string,
  url: string,
  budget: { budget?: Budget },
): Promise<Row[]> {
  const registry = '5,000 synthetic';
  const metric = `extension main-thread time, whole page read, ${registry}`;
  const page = context.chromiumSyntheticPage;
  try {
    const browser = await launchChromium(extensionDir);
    let samples: PageLoadSample[];
    let atOpen: PageLoadSample[];
    try {
      atOpen = await repeat(context.runs, () => measurePageLoad(browser, url, 'top'), 1);
      samples = await repeat(context.runs, () => measurePageLoad(browser, url), 1);
    } finally {
      await browser.close();
    }
    const highlights = median(samples.map((sample) => sample.highlights));
    if (highlights === 0) throw new Error('the extension highlighted nothing on the page');
    const longest = Math.max(...samples.map((sample) => sample.trace.longestExtensionTaskMs));
    const expected = expectedMentions(
      [...context.synthetic, ...context.lens.entities],
      page.blocks,
    );
    return [
      openRow(atOpen, registry, budget),
      {
        section: SCAN,
        metric,
        value: median(samples.map((sample) => sample.trace.extensionTaskMs)),
        unit: 'ms',
        ...budget,
        note: `trace; scrolled to the end at once; ${(Buffer.byteLength(page.html) / 1e6).toFixed(2)} MB page naming synthetic and real entities; ${highlights} highlighted, the matcher finds ${expected}; longest task ${longest.toFixed(1)} ms`,
      },
      ...partRows(samples, registry),
    ];
  } catch (error) {
    return [
      unmeasured(
        {
          section: SCAN,
          metric: `extension main-thread time at page open, ${registry}`,
          unit: 'ms',
          ...budget,
        },
        error,
      ),
      unmeasured({ section: SCAN, metric, unit: 'ms', ...budget }, error),
    ];
  }
}

/** Mentions the matcher finds in the Chromium page's blocks (Node), to check the page scan got them all. */
function expectedMentions(entities: readonly MatcherEntity[], blocks: readonly string[]): number {
  const recognizer = compileRecognizer(entities);
  const backrefs = createBackrefState();
  return blocks.reduce((total, block) => total + recognizer.scan(block, { backrefs }).length, 0);
}
