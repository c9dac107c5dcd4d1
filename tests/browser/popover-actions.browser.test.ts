import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from '@/tests/browser/harness';
import {
  focusHighlightText,
  pointOfPopoverButton,
  popoverName,
  popoverStatus,
} from '@/tests/browser/popover-probe';
import { hoverUntilShown, openFixture } from '@/tests/browser/popover-steps';

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it('copies a citation of the excerpt with its source', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const button = (await page.evaluate(pointOfPopoverButton, 'Copy citation'))!;
    await page.click(button.x, button.y);
    expect(await page.waitForFunction(popoverStatus)).toBe('Citation copied.');
    await page.close();
  });

  it('opens the side panel, or says how to open it where a page cannot', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const button = (await page.evaluate(pointOfPopoverButton, 'Open in side panel'))!;
    await page.click(button.x, button.y);
    if (browserName === 'firefox') {
      expect(await page.waitForFunction(popoverStatus)).toMatch(/sidebar/i);
    } else {
      // Chrome opens its side panel in the click's gesture: the popover reports nothing.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.evaluate(popoverStatus)).toBe('');
    }
    await page.close();
  });

  it('finds the next mention of the same name on the page', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const button = (await page.evaluate(pointOfPopoverButton, 'Find on page'))!;
    await page.click(button.x, button.y);
    expect(await page.waitForFunction(popoverStatus)).toMatch(/^Mention 2 of \d+ on this page\.$/);
    expect(await page.evaluate(popoverName)).toBe(expected.hover.name);
    expect(await page.evaluate(focusHighlightText)).toBeTruthy();
    await page.close();
  });
});
