/**
 * Hover latency: the pointer settles on a highlighted name, and the time until the popover
 * with that name's profile has been painted, minus the dwell delay the settings ask for.
 *
 * In the page's main world, a capturing `pointermove` listener keeps the time of the last
 * pointer event (the moment the pointer settled); a MutationObserver on the popover host and
 * its open shadow root notes when the host turns visible with content, then waits for the
 * frame to be rendered (an animation-frame callback, then a message-channel task, which runs
 * once that frame's rendering is done) and takes that time as "painted". The latency is then
 * split in two: until the card is shown, and from there until it is painted.
 */
import type { Page } from 'playwright-core';
import type { BenchBrowser } from '@/scripts/bench/chromium';
import { HIGHLIGHT_NAMES, waitForScanEnd } from '@/scripts/bench/page-load';

export interface HoverSample {
  /** Painted − pointer settled − dwell, ms: the sum of the next two. */
  latencyMs: number;
  /** The host turned visible with the card, beyond the dwell, ms. */
  shownMs: number;
  /** From then until the frame that draws it was rendered, ms. */
  paintMs: number;
  /** The name under the pointer, as on the page. */
  text: string;
  /** What the popover said. */
  popoverText: string;
}

export interface HoverRun {
  samples: HoverSample[];
  /**
   * The same "rendered" wait started at random moments with nothing changing on the page: the
   * floor this machine puts under any latency measured this way.
   */
  frameTurnaroundMs: number[];
}

/** What the probe records for one hover, in the page's `performance.now()` time. */
interface ProbeState {
  lastMove: number;
  shown: number;
  painted: number;
  text: string;
}

const HOST_ID = 'nk-lens-popover-host';
const TIMEOUT_MS = 10_000;
/**
 * How often the harness checks the page while it waits. Never on every animation frame (Playwright's
 * default): that keeps the page rendering frame after frame, as an animation would, and the frame
 * that draws the card then waits for the next display tick (≈ 13 ms of the 27 ms measured so)
 * where an idle page's first frame starts at once. The probe times everything itself.
 */
const POLL_MS = 50;

/**
 * Whether the host is there and shown, by its inline style: the popover hides it with
 * `visibility` (builds before it used `display`, so both are read, and older builds can be
 * measured the same way).
 */
const SHOWN = `(host) => host !== null && host.style.display !== 'none' && host.style.visibility !== 'hidden'`;

/**
 * Installs the observers; a source string so the page runs exactly this. The popover makes its
 * host when it first draws a card (builds before made it at start): until then the probe waits
 * for the host to arrive, so the first hover, which makes it, is measured too.
 */
const PROBE = `(() => {
  const state = { lastMove: 0, shown: 0, painted: 0, text: '' };
  const shown = ${SHOWN};
  window.__nkLensHoverProbe = state;
  addEventListener('pointermove', (event) => { state.lastMove = event.timeStamp; }, { capture: true, passive: true });
  let host = null;
  const check = () => {
    const text = host.shadowRoot.textContent.trim();
    if (state.shown || !shown(host) || text === '') return;
    state.shown = performance.now();
    state.text = text;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { state.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  const watch = (found) => {
    if (!found.shadowRoot) throw new Error('The NK Lens popover host has no open shadow root');
    host = found;
    const observer = new MutationObserver(check);
    observer.observe(host, { attributes: true, attributeFilter: ['style'] });
    observer.observe(host.shadowRoot, { childList: true, subtree: true, characterData: true });
    // Made and shown in one task: nothing is left to observe.
    check();
  };
  const existing = document.getElementById(${JSON.stringify(HOST_ID)});
  if (existing) watch(existing);
  else {
    const waiter = new MutationObserver(() => {
      const found = document.getElementById(${JSON.stringify(HOST_ID)});
      if (!found) return;
      waiter.disconnect();
      watch(found);
    });
    waiter.observe(document.documentElement, { childList: true });
  }
})()`;

/** Points at the centre of the first box of up to `count` highlighted names inside the viewport. */
const TARGETS = (count: number) => `(() => {
  const targets = [];
  for (const name of ${JSON.stringify(HIGHLIGHT_NAMES)}) {
    for (const painted of CSS.highlights.get(name) ?? []) {
      const range = new Range();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      const box = range.getClientRects()[0];
      if (!box || box.top < 40 || box.bottom > innerHeight - 300 || box.width < 4) continue;
      targets.push({ x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2, text: range.toString(), top: box.top });
    }
  }
  targets.sort((a, b) => a.top - b.top);
  return targets.slice(0, ${count});
})()`;

const FRAME_TURNAROUND = `(async () => {
  const times = [];
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
    const start = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    }));
    times.push(performance.now() - start);
  }
  return times;
})()`;

/** A page script that renders every frame, as a page with an animation does. */
const ANIMATE = `(() => {
  const tick = () => requestAnimationFrame(tick);
  tick();
})()`;

export interface HoverOptions {
  dwellMs: number;
  hovers: number;
  /** Keep the page rendering every frame while hovering, as a page with an animation does. */
  animating?: boolean;
}

export async function measureHover(
  browser: BenchBrowser,
  url: string,
  { dwellMs, hovers, animating = false }: HoverOptions,
): Promise<HoverRun> {
  await setDwell(browser, dwellMs);
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScanEnd(page, true, 'whole');
    await page.evaluate(PROBE);
    if (animating) await page.evaluate(ANIMATE);
    const targets = await page.evaluate<{ x: number; y: number; text: string }[]>(TARGETS(hovers));
    if (targets.length < hovers)
      throw new Error(`Only ${targets.length} highlighted names in view`);
    const samples: HoverSample[] = [];
    for (const target of targets) {
      await page.mouse.move(8, 8);
      await page.waitForFunction(
        `!(${SHOWN})(document.getElementById(${JSON.stringify(HOST_ID)}))`,
        undefined,
        { polling: POLL_MS },
      );
      await page.evaluate(
        'Object.assign(window.__nkLensHoverProbe, { shown: 0, painted: 0, text: "" })',
      );
      await page.mouse.move(target.x, target.y, { steps: 4 });
      const state = await waitForPaint(page);
      samples.push({
        latencyMs: state.painted - state.lastMove - dwellMs,
        shownMs: state.shown - state.lastMove - dwellMs,
        paintMs: state.painted - state.shown,
        text: target.text,
        popoverText: state.text,
      });
    }
    return { samples, frameTurnaroundMs: await page.evaluate<number[]>(FRAME_TURNAROUND) };
  } finally {
    await page.close();
  }
}

async function waitForPaint(page: Page): Promise<ProbeState> {
  const handle = await page.waitForFunction(
    'window.__nkLensHoverProbe.painted > 0 && window.__nkLensHoverProbe',
    undefined,
    { timeout: TIMEOUT_MS, polling: POLL_MS },
  );
  return (await handle.jsonValue()) as ProbeState;
}

/** Stores the dwell delay the way the options page does (`sync:settings`), before any page loads. */
async function setDwell(browser: BenchBrowser, dwellMs: number): Promise<void> {
  const worker = browser.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(browser.extensionOrigin ?? '-'));
  if (!worker) throw new Error('The extension service worker is not running');
  await worker.evaluate(
    `chrome.storage.sync.get('settings').then(({ settings }) => chrome.storage.sync.set({ settings: { ...(settings ?? { version: 1 }), dwellMs: ${dwellMs} } }))`,
  );
}
