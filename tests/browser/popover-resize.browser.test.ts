import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from '@/tests/browser/harness';
import {
  pointOfPopoverButton,
  pointOfText,
  popoverBox,
  popoverStatus,
} from '@/tests/browser/popover-probe';
import { hoverUntilShown, openFixture } from '@/tests/browser/popover-steps';

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it('keeps the popover off its name when the card grows', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    // Bring the name near the bottom of the viewport, so the card opens above it.
    await page.evaluate((y: number) => {
      document.body.style.paddingTop = `${Math.max(0, innerHeight - 90 - y)}px`;
    }, name.y);
    const low = (await page.evaluate(pointOfText, expected.hover.selector, expected.hover.text))!;
    expect(await hoverUntilShown(page, low)).toBe(expected.hover.name);
    const before = (await page.evaluate(popoverBox))!;
    expect(before.bottom, 'the card opens above the name').toBeLessThan(low.y);

    // A status line makes the card taller.
    const button = (await page.evaluate(pointOfPopoverButton, 'Copy citation'))!;
    await page.click(button.x, button.y);
    expect(await page.waitForFunction(popoverStatus)).not.toBe('');
    const after = await page.waitForFunction((height: number) => {
      const card = document
        .getElementById('nk-lens-popover-host')
        ?.shadowRoot?.querySelector('[role="dialog"]');
      const box = card?.getBoundingClientRect();
      return box && box.height > height ? { top: box.top, bottom: box.bottom } : null;
    }, before.bottom - before.top);
    // Let the card be placed again after it grew.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const placed = (await page.evaluate(popoverBox))!;
    expect(placed.bottom - placed.top).toBeGreaterThanOrEqual(after.bottom - after.top);
    expect(placed.bottom, 'the grown card still leaves the name visible').toBeLessThan(low.y);
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  it('follows its name when the page scrolls', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    await page.evaluate(() => {
      document.body.style.paddingBottom = `${2 * innerHeight}px`;
    });
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const before = (await page.evaluate(popoverBox))!;
    await page.evaluate(() => scrollBy(0, 40));
    const moved = await page.waitForFunction((top: number) => {
      const card = document
        .getElementById('nk-lens-popover-host')
        ?.shadowRoot?.querySelector('[role="dialog"]');
      const box = card?.getBoundingClientRect();
      return box && Math.abs(box.top - top) > 1 ? box.top : null;
    }, before.top);
    expect(moved - before.top).toBeCloseTo(-40, 0);
    const now = (await page.evaluate(pointOfText, expected.hover.selector, expected.hover.text))!;
    expect(now.y, 'the name scrolled with the page').toBeCloseTo(name.y - 40, 0);
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });
});
