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
  highlights: number;
}

/** How long the highlight count must stay unchanged before the scan counts as finished. */
const QUIET_MS = 1000;
const POLL_MS = 100;
const TIMEOUT_MS = 60_000;

export async function measurePageLoad(browser: BenchBrowser, url: string): Promise<PageLoadSample> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const events = await recordTrace(cdp, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await waitForQuietHighlights(page, browser.extensionOrigin !== undefined);
    });
    const before = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await metrics(cdp);
    return {
      trace: summariseMainThread(events, url, browser.extensionOrigin ?? 'chrome-extension://'),
      taskMs: (before.TaskDuration ?? 0) * 1000,
      scriptMs: (before.ScriptDuration ?? 0) * 1000,
      heapBytes: after.JSHeapUsedSize ?? 0,
      highlights: await highlightCount(page),
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
 * Waits until the content script has marked the page ready (when the extension is loaded) and
 * the number of highlighted ranges has stopped changing; the same quiet wait applies without
 * the extension so both loads are observed over comparable windows.
 */
export async function waitForQuietHighlights(page: Page, withExtension: boolean): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const ready = await page.evaluate(() => document.documentElement.dataset.nkLens === 'ready');
    const count = await highlightCount(page);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    }
    if ((ready || !withExtension) && Date.now() - stableSince >= QUIET_MS) return;
    await page.waitForTimeout(POLL_MS);
  }
  throw new Error(`NK Lens did not finish scanning ${page.url()} within ${TIMEOUT_MS / 1000} s`);
}
