/**
 * A long page is read as far as the reader reaches, the rest when the reader comes near it or
 * when the side panel asks for the whole page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session, type TestPage } from '@/tests/browser/harness';
import { askPage } from '@/tests/browser/page-messages';
import {
  expectHighlights,
  highlightedInside,
  readExpected,
  waitForLens,
  type HighlightTexts,
} from '@/tests/browser/page-scan-checks';
import type { PageEntities } from '@/utils/messaging/protocol';
import { REST_DELAY_MS } from '@/utils/page/viewport-window';

interface ReachExpected {
  atLoad: HighlightTexts;
  far: HighlightTexts;
  counts: Record<string, number>;
}

/** Long enough for the page to count as still, so that NK Lens follows only what is near. */
const still = () => new Promise((resolve) => setTimeout(resolve, REST_DELAY_MS * 3));

const countsOf = (answer: PageEntities) =>
  Object.fromEntries(answer.entities.map((entity) => [entity.id, entity.count]));

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  let extension: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    extension = await session.openPage(session.extensionPageUrl('options.html'));
  });
  afterAll(() => session.close());

  const openLongRead = async (): Promise<[TestPage, ReachExpected]> => {
    const page = await session.openPage(fixtureUrl('page-long-read.html'));
    await waitForLens(page);
    return [page, (await readExpected(page)) as unknown as ReachExpected];
  };

  it('page-long-read.html: highlights the sidebar beside a long article at once, and the far end once the reader jumps there', async () => {
    const [page, expected] = await openLongRead();
    await expectHighlights(page, expected.atLoad);
    await page.evaluate(() => document.getElementById('far')?.scrollIntoView());
    await expectHighlights(page, expected.far);
    // The far "Choe" follows Choe Son Hui, named before it in the article, though the sidebar's
    // Choe Thae Bok was read after her.
    const answer = await askPage<PageEntities>(extension, 'getPageEntities');
    expect(countsOf(answer)).toEqual(expected.counts);
    await page.close();
  });

  it('page-long-read.html: once the page has been still, highlights what a jump or a shift of its layout brings into view', async () => {
    const [page, expected] = await openLongRead();
    await expectHighlights(page, expected.atLoad);
    await still();
    await page.evaluate(() => document.getElementById('far')?.scrollIntoView());
    await expectHighlights(page, expected.far);
    await still();
    await page.evaluate(() => scrollTo(0, 0));
    await expectHighlights(page, expected.atLoad);
    await still();
    // No scroll and no change to the DOM: a stylesheet hides the article above the far end.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('article > p:not(#far) { display: none; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const deadline = Date.now() + 10_000;
    let inside = await highlightedInside(page, ['#far']);
    while (inside.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      inside = await highlightedInside(page, ['#far']);
    }
    expect(inside).toEqual(['#far', '#far']);
    await page.close();
  });

  it('page-long-read.html: answers the side panel with the whole page before the reader scrolls', async () => {
    const [page, expected] = await openLongRead();
    const answer = await askPage<PageEntities>(extension, 'getPageEntities');
    expect(countsOf(answer)).toEqual(expected.counts);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });
});
