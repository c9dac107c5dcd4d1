import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session } from '@/tests/browser/harness';
import {
  pointOfElement,
  pointOfTextInFrame,
  popoverBox,
  readExpected,
} from '@/tests/browser/popover-probe';
import {
  hoverUntilShown,
  waitUntilHidden,
  type PopoverExpected,
} from '@/tests/browser/popover-steps';

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it('shows the popover in the top frame for a name in a same-origin iframe', async () => {
    const page = await session.openPage(fixtureUrl('popover-iframe.html'));
    const expected = (await page.evaluate(readExpected)) as PopoverExpected & { frame: string };
    await page.waitForFunction(
      (frame: string) =>
        ((document.querySelector<HTMLIFrameElement>(frame)?.contentWindow as typeof window | null)
          ?.CSS.highlights.size ?? 0) > 0,
      expected.frame,
    );
    const name = (await page.evaluate(
      pointOfTextInFrame,
      expected.frame,
      expected.hover.selector,
      expected.hover.text,
    ))!;
    expect(name).not.toBeNull();
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const box = (await page.evaluate(popoverBox))!;
    expect(name.y < box.top || name.y > box.bottom, 'the popover leaves the name visible').toBe(
      true,
    );
    expect(Math.abs(box.top - name.y), 'the popover sits beside the name').toBeLessThan(60);
    const inFrame = await page.evaluate(
      (frame: string) =>
        document
          .querySelector<HTMLIFrameElement>(frame)
          ?.contentDocument?.getElementById('nk-lens-popover-host') ?? null,
      expected.frame,
    );
    expect(inFrame, 'no popover host inside the iframe').toBeNull();

    const blank = (await page.evaluate(pointOfElement, expected.blank.selector))!;
    await page.mouseMove(blank.x, blank.y);
    await waitUntilHidden(page);
    await page.close();
  });
});
