import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session } from '@/tests/browser/harness';
import type { LensData } from '@/utils/dataset/types';
import { pointOfHighlighted, readExpected } from '@/tests/browser/popover-probe';
import { hoverUntilShown, waitUntilHidden } from '@/tests/browser/popover-steps';

/**
 * The page-scanning fixtures, each hovered on its first North Korean official (or its first name
 * inside a shadow root). page-hostile.html breaks the built-ins these checks run on in the page;
 * popover-hostile.html covers the popover on a hostile page.
 */
const FIXTURES = [
  'page-inline.html',
  'page-korean.html',
  'page-shadow.html',
  'page-csp.html',
  'page-editable.html',
];

interface PageExpected {
  highlights: { official: string[] };
  shadowHighlights?: string[];
}

const data = JSON.parse(readFileSync('data/generated/lens.json', 'utf8')) as LensData;

/** The canonical name of the entity a page spelling belongs to. */
function canonicalName(text: string): string | undefined {
  return data.entities.find((entity) =>
    [entity.name, ...entity.aliases, ...entity.acronyms, ...entity.hangul].includes(text),
  )?.name;
}

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it.each(FIXTURES)('on %s: hover a name, see its popover, Escape hides it', async (file) => {
    const page = await session.openPage(fixtureUrl(file));
    const expected = (await page.evaluate(readExpected)) as PageExpected;
    const text = expected.shadowHighlights?.[0] ?? expected.highlights.official[0]!;
    const name = canonicalName(text);
    expect(name, `"${text}" is in the dataset`).toBeDefined();
    const point = await page.waitForFunction(pointOfHighlighted, text);
    expect(await hoverUntilShown(page, point)).toBe(name);
    await page.press('Escape');
    await waitUntilHidden(page);
    await page.close();
  });
});
