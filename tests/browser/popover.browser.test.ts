import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from '@/tests/browser/harness';
import {
  focusHighlightText,
  highlightedTexts,
  popoverBox,
  popoverName,
  popoverText,
  pressNavigation,
} from '@/tests/browser/popover-probe';
import {
  hoverUntilShown,
  openFixture,
  sleep,
  waitUntilHidden,
} from '@/tests/browser/popover-steps';

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it('shows the profile after the dwell delay, beside the name, and Escape hides it', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);
    await page.mouseMove(name.x, name.y);
    expect(await page.evaluate(popoverName), 'not before the dwell delay').toBeNull();
    expect(await page.waitForFunction(popoverName)).toBe(expected.hover.name);
    const text = (await page.evaluate(popoverText))!;
    for (const label of [
      ...(expected.profile ?? []),
      'Open in side panel',
      'Copy citation',
      'Find on page',
    ]) {
      expect(text).toContain(label);
    }
    const box = (await page.evaluate(popoverBox))!;
    expect(name.y < box.top || name.y > box.bottom, 'the popover leaves the name visible').toBe(
      true,
    );
    await page.press('Escape');
    await waitUntilHidden(page);
    expect(await page.evaluate(popoverName)).toBeNull();
    expect(await page.evaluate(() => document.body.innerHTML), 'page DOM unchanged').toBe(
      bodyBefore,
    );
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  it('keeps the popover when the name is hovered again within the grace period', async () => {
    const { page, expected, name, blank } = await openFixture(session, 'popover-light.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    await page.mouseMove(blank.x, blank.y);
    await sleep(100);
    await page.mouseMove(name.x, name.y);
    await sleep(800);
    expect(await page.evaluate(popoverName)).toBe(expected.hover.name);
    await page.mouseMove(blank.x, blank.y);
    await waitUntilHidden(page);
    await page.close();
  });

  it('keeps the popover while the pointer moves into it, and closes on a click elsewhere', async () => {
    const { page, expected, name, blank } = await openFixture(session, 'popover-light.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const box = (await page.evaluate(popoverBox))!;
    await page.mouseMove(box.left + 20, box.top + 20);
    await sleep(800);
    expect(await page.evaluate(popoverName)).toBe(expected.hover.name);
    await page.click(blank.x, blank.y);
    await waitUntilHidden(page);
    await page.close();
  });

  it('moves between names with Alt+Shift+N / Alt+Shift+P and returns focus on Escape', async () => {
    const { page } = await openFixture(session, 'popover-light.html');
    const mentions = await page.evaluate(highlightedTexts);
    expect(mentions.length).toBeGreaterThan(1);
    await page.evaluate(() => document.getElementById('share')?.focus());

    await page.evaluate(pressNavigation, 'next');
    expect(await page.waitForFunction(focusHighlightText)).toBe(mentions[0]);
    const first = await page.waitForFunction(popoverName);
    expect(first.length).toBeGreaterThan(0);
    const focus = await page.evaluate(() => {
      const host = document.getElementById('nk-lens-popover-host');
      return document.activeElement === host
        ? host?.shadowRoot?.activeElement?.getAttribute('role')
        : document.activeElement?.tagName;
    });
    expect(focus, 'focus moves into the popover').toBe('dialog');

    await page.evaluate(pressNavigation, 'next');
    expect(await page.waitForFunction(focusHighlightText, mentions[0])).toBe(mentions[1]);
    await page.evaluate(pressNavigation, 'previous');
    await page.waitForFunction((text: string) => {
      const highlight = CSS.highlights.get('nk-lens-focus');
      // NK Lens paints static ranges: a live copy reads the text.
      const texts = [...(highlight ?? [])].map((painted) => {
        const range = new Range();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        return range.toString();
      });
      return highlight !== undefined && texts.join('|') === text;
    }, mentions[0]!);
    expect(await page.evaluate(popoverName)).toBe(first);

    await page.press('Escape');
    await waitUntilHidden(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('share');
    expect(await page.evaluate(focusHighlightText)).toBeNull();
    await page.close();
  });
});
