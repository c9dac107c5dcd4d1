import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from '@/tests/browser/harness';
import { popoverName } from '@/tests/browser/popover-probe';
import { openFixture, sleep } from '@/tests/browser/popover-steps';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';

/** The clocks of event time stamps and `performance.now()` may differ by their precision. */
const CLOCK_TOLERANCE_MS = 2;

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it('shows the popover no sooner than the dwell delay after the pointer settles', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    // Names are highlighted, and the page still holds nothing of the extension's: the popover's
    // host arrives with the first card.
    expect(await page.evaluate(() => document.getElementById('nk-lens-popover-host'))).toBeNull();
    await page.evaluate(() => {
      const probe = { lastMove: 0, settled: 0, shown: 0 };
      Object.assign(window, { nkDwellProbe: probe });
      addEventListener('pointermove', (event) => (probe.lastMove = event.timeStamp), {
        capture: true,
        passive: true,
      });
      const watch = (host: HTMLElement) => {
        const check = () => {
          if (probe.shown || host.style.visibility !== 'visible') return;
          probe.shown = performance.now();
          probe.settled = probe.lastMove;
        };
        new MutationObserver(check).observe(host, { attributes: true, attributeFilter: ['style'] });
        // Made and shown in one task: seen here, at the end of that task.
        check();
      };
      const arrival = new MutationObserver(() => {
        const host = document.getElementById('nk-lens-popover-host');
        if (!host) return;
        arrival.disconnect();
        watch(host);
      });
      arrival.observe(document.documentElement, { childList: true });
    });
    // The page may still be indexing its names when the pointer first arrives: nudge it until the
    // popover shows, each rest far longer than the dwell delay.
    for (let attempt = 0; attempt < 10 && (await page.evaluate(popoverName)) === null; attempt++) {
      await page.mouseMove(name.x + (attempt % 2), name.y);
      await sleep(1500);
    }
    expect(await page.evaluate(popoverName)).toBe(expected.hover.name);
    const probe = await page.evaluate(
      () =>
        (window as unknown as { nkDwellProbe: { settled: number; shown: number } }).nkDwellProbe,
    );
    expect(probe.settled).toBeGreaterThan(0);
    expect(probe.shown - probe.settled).toBeGreaterThanOrEqual(
      DEFAULT_SETTINGS.dwellMs - CLOCK_TOLERANCE_MS,
    );
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });
});
