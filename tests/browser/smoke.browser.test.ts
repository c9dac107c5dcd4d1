import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session } from '@/tests/browser/harness';

interface SmokeExpected {
  htmlDataset: Record<string, string>;
  extensionPages: string[];
}

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  let expected: SmokeExpected;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  it('runs the content script on a served page', async () => {
    const page = await session.openPage(fixtureUrl('smoke.html'));
    expected = await page.evaluate(
      () => JSON.parse(document.getElementById('nk-expected')!.textContent!) as SmokeExpected,
    );
    for (const [key, value] of Object.entries(expected.htmlDataset)) {
      const actual = await page.waitForFunction(
        (name: string) => document.documentElement.dataset[name],
        key,
      );
      expect(actual, `data attribute ${key}`).toBe(value);
    }
    expect(page.consoleErrors()).toEqual([]);
    await page.close();
  });

  it('opens popup, side panel and options as tabs without errors', async () => {
    expect(expected.extensionPages.length).toBeGreaterThan(0);
    for (const path of expected.extensionPages) {
      const url = session.extensionPageUrl(path);
      expect(url, path).toMatch(/^(chrome|moz)-extension:\/\/[\w-]+\//);
      const page = await session.openPage(url);
      const text = await page.waitForFunction(() => document.body.innerText.trim());
      expect(text.length, `${path} renders text`).toBeGreaterThan(0);
      expect(page.consoleErrors(), `${path} errors`).toEqual([]);
      await page.close();
    }
  });
});
