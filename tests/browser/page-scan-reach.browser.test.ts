/**
 * A long page is read as far as the reader reaches, the rest when the reader comes near it or
 * when the side panel asks for the whole page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session, type TestPage } from '@/tests/browser/harness';
import { askPage } from '@/tests/browser/page-messages';
import {
  expectHighlights,
  readExpected,
  waitForLens,
  type HighlightTexts,
} from '@/tests/browser/page-scan-checks';
import type { PageEntities } from '@/utils/messaging/protocol';

interface ReachExpected {
  atLoad: HighlightTexts;
  far: HighlightTexts;
  counts: Record<string, number>;
}

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

  it('page-long-read.html: answers the side panel with the whole page before the reader scrolls', async () => {
    const [page, expected] = await openLongRead();
    const answer = await askPage<PageEntities>(extension, 'getPageEntities');
    expect(countsOf(answer)).toEqual(expected.counts);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.close();
  });
});
