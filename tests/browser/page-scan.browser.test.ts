import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session } from '@/tests/browser/harness';
import {
  expectDomUnchanged,
  expectHighlights,
  highlightedInside,
  readExpected,
  waitForLens,
} from '@/tests/browser/page-scan-checks';

/** Fixture pages whose content is fixed once loaded; each carries its expectations. */
const STATIC_PAGES = [
  'page-inline.html',
  'page-editable.html',
  'page-csp.html',
  'page-shadow.html',
  'page-iframe.html',
  'page-korean.html',
  'page-hostile.html',
];

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it.each(STATIC_PAGES)(
    '%s: highlights exactly the expected mentions, page unchanged',
    async (file) => {
      const page = await session.openPage(fixtureUrl(file));
      const expected = await readExpected(page);
      if (!expected.hostile) await waitForLens(page);
      const registry = expected.registry ?? null;
      const report = await expectHighlights(page, expected.highlights!, { registry });

      expect(await highlightedInside(page, expected.unhighlighted ?? [], registry)).toEqual([]);
      if (expected.shadowHighlights) {
        expect([...report.shadow].sort()).toEqual([...expected.shadowHighlights].sort());
      }
      for (const [frame, highlights] of Object.entries(expected.frames ?? {})) {
        await expectHighlights(page, highlights, { frame });
      }
      if (expected.styled) {
        const styled = await page.evaluate(() =>
          document.adoptedStyleSheets.some((sheet) =>
            [...sheet.cssRules].some((rule) =>
              rule.cssText.startsWith('::highlight(nk-lens-official)'),
            ),
          ),
        );
        expect(styled, 'highlight styles adopted').toBe(true);
      }
      await expectDomUnchanged(page);

      if (expected.hostile) {
        const effects = await page.evaluate(() => {
          const view = window as unknown as { nkMutations: string[]; nkPwned?: boolean };
          return JSON.stringify({ mutations: view.nkMutations, pwned: view.nkPwned === true });
        });
        expect(JSON.parse(effects)).toEqual({ mutations: [], pwned: false });
      }

      for (const { selector, text } of expected.typing ?? []) {
        const before = await page.evaluate((target: string) => {
          const element = document.querySelector(target) as HTMLElement;
          element.focus();
          if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
            element.setSelectionRange(element.value.length, element.value.length);
            return element.value;
          }
          const selection = getSelection();
          selection?.selectAllChildren(element);
          selection?.collapseToEnd();
          return element.textContent ?? '';
        }, selector);
        await page.type(text);
        const after = await page.evaluate((target: string) => {
          const element = document.querySelector(target) as HTMLElement;
          return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
            ? element.value
            : (element.textContent ?? '');
        }, selector);
        const words = (value: string) => value.split(/\s+/).filter(Boolean).join(' ');
        expect(words(after), `typing into ${selector}`).toBe(words(before + text));
      }
      if (expected.typing) {
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(await highlightedInside(page, expected.unhighlighted ?? [])).toEqual([]);
        await expectHighlights(page, expected.highlights!);
      }
      if (!expected.hostile) expect(page.consoleErrors()).toEqual([]);
      await page.close();
    },
  );
});
