/**
 * Loads one page in a benchmark browser and measures what its main thread did: a trace of
 * the load, the DevTools Protocol's cumulative task and script durations, the JS heap after
 * garbage collection, and how many ranges NK Lens highlighted.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from '@/scripts/bench/chromium';
import { recordTrace } from '@/scripts/bench/tracing';
import { summariseMainThread, type MainThreadSummary } from '@/scripts/bench/trace-analysis';

export const HIGHLIGHT_NAMES = ['nk-lens-official', 'nk-lens-forum', 'nk-lens-context'];

export interface PageLoadSample {
  trace: MainThreadSummary;
  /** `Performance.getMetrics` TaskDuration, ms. */
  taskMs: number;
  /** `Performance.getMetrics` ScriptDuration, ms. */
  scriptMs: number;
  /** `Performance.getMetrics` JSHeapUsedSize after a forced collection, bytes. */
  heapBytes: number;
  /**
   * Distinct ranges highlighted over the whole page (counted after the measurement), or, for a
   * page left at its top, the ranges highlighted there.
   */
  highlights: number;
}

/**
 * How the page is read: `top` leaves it where it opens, as a reader who has not scrolled yet;
 * `whole` scrolls to its end at once, so NK Lens reads all of it.
 */
export type Reading = 'top' | 'whole';

/** How long the highlight count must stay unchanged before the scan counts as finished. */
const QUIET_MS = 1000;
const POLL_MS = 100;
const TIMEOUT_MS = 60_000;

export async function measurePageLoad(
  browser: BenchBrowser,
  url: string,
  reading: Reading = 'whole',
): Promise<PageLoadSample> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const events = await recordTrace(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForScanEnd(page, browser.extensionOrigin !== undefined, reading);
    });
    const before = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await metrics(cdp);
    return {
      trace: summariseMainThread(events, url, browser.extensionOrigin ?? 'chrome-extension://'),
      taskMs: (before.TaskDuration ?? 0) * 1000,
      scriptMs: (before.ScriptDuration ?? 0) * 1000,
      heapBytes: after.JSHeapUsedSize ?? 0,
      highlights:
        browser.extensionOrigin === undefined
          ? 0
          : reading === 'top'
            ? await highlightCount(page)
            : await highlightsAcrossPage(page),
    };
  } finally {
    await page.close();
  }
}

async function metrics(cdp: import('playwright-core').CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

export function highlightCount(page: Page): Promise<number> {
  return page.evaluate(
    (names) => names.reduce((total, name) => total + (CSS.highlights.get(name)?.size ?? 0), 0),
    HIGHLIGHT_NAMES,
  );
}

/**
 * Waits until NK Lens has read the page as far as it will. It registers the highlights of the
 * blocks near the viewport only and reads in document order up to the reader's reach, so for the
 * whole page it is scrolled to its end: names appear there only once the reading has reached the
 * end. The reading is over when the count of highlighted names has stopped changing. Without the
 * extension the same scroll and quiet wait apply, so both loads are observed over comparable
 * windows.
 */
export async function waitForScanEnd(
  page: Page,
  withExtension: boolean,
  reading: Reading,
): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  if (reading === 'whole') {
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  }
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const ready = await page.evaluate(() => document.documentElement.dataset.nkLens === 'ready');
    const count = await highlightCount(page);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    const reachedEnd = !withExtension || (ready && count > 0);
    if (reachedEnd && Date.now() - stableSince >= QUIET_MS) return;
    await page.waitForTimeout(POLL_MS);
  }
  throw new Error(`NK Lens did not finish scanning ${page.url()} within ${TIMEOUT_MS / 1000} s`);
}

/**
 * Every range NK Lens highlighted anywhere on the page: scrolls from top to bottom, two
 * viewports at a time, counting the distinct ranges registered at each stop.
 */
export function highlightsAcrossPage(page: Page): Promise<number> {
  // A string, not a function: tsx would wrap the inner functions in a helper the page lacks.
  return page.evaluate<number>(`(async () => {
    const seen = new Set();
    const settle = () => new Promise((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30))));
    for (let top = 0; ; top += 2 * innerHeight) {
      scrollTo(0, top);
      await settle();
      for (const name of ${JSON.stringify(HIGHLIGHT_NAMES)}) {
        for (const range of CSS.highlights.get(name) ?? []) seen.add(range);
      }
      if (top + innerHeight >= document.documentElement.scrollHeight) break;
    }
    return seen.size;
  })()`);
}
