/**
 * Acronyms that mean something else outside this subject (CNN, SPA, AP…) count only on a page
 * that names some entity otherwise, and then all of them count, those read before it included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session, type TestPage } from '@/tests/browser/harness';
import { askPage } from '@/tests/browser/page-messages';
import {
  expectDomUnchanged,
  expectHighlights,
  readExpected,
  waitForLens,
} from '@/tests/browser/page-scan-checks';
import type { PageEntities } from '@/utils/messaging/protocol';

type Entities = PageEntities['entities'];

const byId = (entities: Entities): Entities =>
  [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** What the page names once all of it is read, as the side panel asks; polled until `want`. */
async function expectEntities(extension: TestPage, want: Entities): Promise<void> {
  const deadline = Date.now() + 15_000;
  let answer = await askPage<PageEntities>(extension, 'getPageEntities');
  while (
    Date.now() < deadline &&
    JSON.stringify(byId(answer.entities)) !== JSON.stringify(byId(want))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    answer = await askPage<PageEntities>(extension, 'getPageEntities');
  }
  expect(byId(answer.entities)).toEqual(byId(want));
}

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  let extension: TestPage;

  beforeAll(async () => {
    session = await launch(browserName);
    extension = await session.openPage(session.extensionPageUrl('options.html'));
  });
  afterAll(() => session.close());

  it('page-off-topic.html: highlights none of its acronyms, then all of them once an official is named', async () => {
    const page = await session.openPage(fixtureUrl('page-off-topic.html'));
    await waitForLens(page);
    const { phases } = await readExpected(page);
    expect(phases?.length).toBe(2);
    for (const phase of phases ?? []) {
      if (phase.call) {
        await page.evaluate((name: string) => {
          (window as unknown as Record<string, () => void>)[name]!();
        }, phase.call);
      }
      // The answer comes once the whole page is read: no highlight can still be on its way.
      await expectEntities(extension, phase.entities!);
      await expectHighlights(page, phase.highlights);
      await expectDomUnchanged(page);
    }
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });
});
