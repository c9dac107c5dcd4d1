/** Steps the popover tests share: open a fixture, find its name, hover until the popover shows. */
import { expect } from 'vitest';
import { fixtureUrl, type Session, type TestPage } from '@/tests/browser/harness';
import {
  pointOfElement,
  pointOfText,
  popoverName,
  readExpected,
  type Point,
} from '@/tests/browser/popover-probe';

/** What a popover fixture declares in its `nk-expected` block. */
export interface PopoverExpected {
  hover: { selector: string; text: string; name: string };
  /** Text the popover for that name shows (role, sources…), taken from the bundled dataset. */
  profile?: string[];
  /** An element away from every name, to move the pointer to. */
  blank: { selector: string };
}

export interface OpenedFixture {
  page: TestPage;
  expected: PopoverExpected;
  /** Where the expected name is, and where nothing is. */
  name: Point;
  blank: Point;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `file` and waits until its mentions are painted (on pages that left `CSS` alone). */
export async function openFixture(session: Session, file: string): Promise<OpenedFixture> {
  const page = await session.openPage(fixtureUrl(file));
  // Some name painted: highlights are registered a frame after the scan finds their names.
  await page.waitForFunction(() => {
    if (typeof CSS !== 'object' || CSS === null) return true;
    for (const highlight of CSS.highlights.values()) if (highlight.size > 0) return true;
    return false;
  });
  const expected = (await page.evaluate(readExpected)) as PopoverExpected;
  const name = await page.evaluate(pointOfText, expected.hover.selector, expected.hover.text);
  const blank = await page.evaluate(pointOfElement, expected.blank.selector);
  expect(name, `"${expected.hover.text}" is on ${file}`).not.toBeNull();
  expect(blank, `${expected.blank.selector} is on ${file}`).not.toBeNull();
  return { page, expected, name: name!, blank: blank! };
}

/**
 * Rests the pointer on the name until its popover shows (the page may still be scanning when the
 * pointer first arrives, as a reader's would); returns the popover's heading.
 */
export async function hoverUntilShown(page: TestPage, at: Point): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.mouseMove(at.x + (attempt % 2), at.y);
    await sleep(500);
    const name = await page.evaluate(popoverName);
    if (name !== null) return name;
  }
  throw new Error(`No popover after hovering ${at.x},${at.y} for 10 s`);
}

export async function waitUntilHidden(page: TestPage): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('nk-lens-popover-host')?.offsetWidth);
}
