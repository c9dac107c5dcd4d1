/**
 * What the frame after a change costs on the highlighted page, whatever the change: the popover
 * appearing is one. Chromium re-validates every registered highlight range in the first frame
 * after any DOM or style change in the document, so this grows with the number of ranges. The
 * same measurement with the highlights removed shows what is left without them (the extension's
 * other per-frame work included), and in a browser without the extension what the page itself
 * costs.
 *
 * The change is a 1 px move of a small fixed box added to the page for the purpose; the frame is
 * timed as the hover latency times it (an animation-frame callback, then a message-channel task).
 */
import type { BenchBrowser } from '@/scripts/bench/chromium';
import { HIGHLIGHT_NAMES, highlightCount, waitForScanEnd } from '@/scripts/bench/page-load';

export interface FrameCost {
  /** Ranges registered in the page's highlights while the first figures were taken. */
  ranges: number;
  withHighlights: number[];
  withoutHighlights: number[];
}

const SAMPLES = 10;

const SETUP = `(() => {
  const box = document.createElement('div');
  box.style.cssText = 'position: fixed; left: 0; top: 0; width: 8px; height: 8px; background: #888';
  document.body.append(box);
  let step = 0;
  window.__nkLensFrameAfterChange = async () => {
    const times = [];
    for (let i = 0; i < ${SAMPLES}; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
      const start = performance.now();
      box.style.translate = (step++ % 2) + 'px 0';
      await new Promise((resolve) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      }));
      times.push(performance.now() - start);
    }
    return times;
  };
})()`;

const REMOVE_HIGHLIGHTS = `(async () => {
  for (const name of ${JSON.stringify(HIGHLIGHT_NAMES)}) CSS.highlights.delete(name);
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
})()`;

/** The same change on the same page in a browser without the extension. */
export async function measureBareFrameCost(browser: BenchBrowser, url: string): Promise<number[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScanEnd(page, false, 'whole');
    await page.evaluate(SETUP);
    await page.waitForTimeout(500);
    return await page.evaluate<number[]>('window.__nkLensFrameAfterChange()');
  } finally {
    await page.close();
  }
}

export async function measureFrameCost(browser: BenchBrowser, url: string): Promise<FrameCost> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScanEnd(page, true, 'whole');
    await page.evaluate(SETUP);
    // The content script rescans around the added box 100 ms later; let that settle first.
    await page.waitForTimeout(500);
    const ranges = await highlightCount(page);
    const withHighlights = await page.evaluate<number[]>('window.__nkLensFrameAfterChange()');
    await page.evaluate(REMOVE_HIGHLIGHTS);
    if ((await highlightCount(page)) !== 0) throw new Error('The highlights could not be removed');
    const withoutHighlights = await page.evaluate<number[]>('window.__nkLensFrameAfterChange()');
    return { ranges, withHighlights, withoutHighlights };
  } finally {
    await page.close();
  }
}
