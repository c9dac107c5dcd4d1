/** Messages and live settings, driven from an extension page the way the popup and side panel do. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session, type TestPage } from '@/tests/browser/harness';
import { expectHighlights, readExpected, waitForLens } from '@/tests/browser/page-scan-checks';
import { askPage, type ExtensionApi } from '@/tests/browser/page-messages';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import type { PageEntities } from '@/utils/messaging/protocol';

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  let extension: TestPage;
  let page: TestPage;

  const ask = <T>(type: string, data?: unknown): Promise<T> => askPage<T>(extension, type, data);

  const saveSettings = (change: Partial<Settings>) =>
    extension.evaluate(
      async (settings: Settings) => {
        const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const api = scope.browser ?? scope.chrome;
        await api.storage.sync.set({ settings });
      },
      { ...DEFAULT_SETTINGS, ...change },
    );

  const registered = () =>
    page.evaluate(() => {
      const names = ['nk-lens-official', 'nk-lens-forum', 'nk-lens-context'];
      return names.filter((name) => CSS.highlights.has(name));
    });

  const adoptedRules = () =>
    page.evaluate(() =>
      document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n'),
    );

  beforeAll(async () => {
    session = await launch(browserName);
    extension = await session.openPage(session.extensionPageUrl('options.html'));
    await saveSettings({});
    page = await session.openPage(fixtureUrl('page-inline.html'));
    await waitForLens(page);
  });
  afterAll(() => session.close());

  it('answers getPageEntities with counts, the declared date and the site switch', async () => {
    const expected = await readExpected(page);
    await expectHighlights(page, expected.highlights!);
    const answer = await ask<PageEntities>('getPageEntities');
    expect(answer.enabled).toBe(true);
    expect(answer.published).toBe(expected.published);
    expect(answer.url).toBe(page.url());
    const counts = Object.fromEntries(answer.entities.map((e) => [e.id, e.count]));
    expect(counts).toMatchObject(expected.counts!);
    const total = answer.entities.reduce((sum, e) => sum + e.count, 0);
    const highlighted = Object.values(expected.highlights!).flat().length;
    expect(total).toBe(highlighted);
  });

  it('jumps to the next mention of an entity and flashes it for a moment', async () => {
    expect(await ask<boolean>('jumpToMention', { id: 'person.choe-son-hui' })).toBe(true);
    const flashed = () =>
      page.evaluate(() =>
        // NK Lens paints static ranges: a live copy reads the text.
        [...(CSS.highlights.get('nk-lens-flash') ?? [])].map((painted) => {
          const range = new Range();
          range.setStart(painted.startContainer, painted.startOffset);
          range.setEnd(painted.endContainer, painted.endOffset);
          return range.toString();
        }),
      );
    expect(await flashed()).toEqual(['Choe Son Hui']);
    expect(await ask<boolean>('jumpToMention', { id: 'person.choe-son-hui' })).toBe(true);
    expect(await ask<boolean>('jumpToMention', { id: 'person.choe-son-hui' })).toBe(true);
    expect(await flashed()).toEqual(['Choe']);
    await page.waitForFunction(() => CSS.highlights.get('nk-lens-flash')?.size === 0);
    expect(await ask<boolean>('jumpToMention', { id: 'person.moon-jae-in' })).toBe(false);
  });

  it('follows the highlight style, the categories and the site switch live', async () => {
    const expected = await readExpected(page);
    expect(await registered()).toEqual(['nk-lens-official', 'nk-lens-forum', 'nk-lens-context']);
    expect(await adoptedRules()).toMatch(
      /::highlight\(nk-lens-official\) \{ text-decoration[^}]*underline/,
    );

    await saveSettings({ highlightStyle: 'background' });
    await page.waitForFunction(() =>
      document.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((rule) =>
          rule.cssText.startsWith('::highlight(nk-lens-official) { background-color'),
        ),
      ),
    );
    expect(await adoptedRules()).not.toContain('underline');

    await saveSettings({ highlightStyle: 'off' });
    await page.waitForFunction(() => !CSS.highlights.has('nk-lens-official'));
    expect(await registered()).toEqual([]);

    await saveSettings({ categories: { official: true, forum: true, context: false } });
    await page.waitForFunction(() => CSS.highlights.has('nk-lens-official'));
    expect(await registered()).toEqual(['nk-lens-official', 'nk-lens-forum']);

    await saveSettings({ disabledSites: ['127.0.0.1'] });
    await page.waitForFunction(() => !CSS.highlights.has('nk-lens-official'));
    expect(await registered()).toEqual([]);
    expect(await adoptedRules()).not.toContain('nk-lens');
    const off = await ask<PageEntities>('getPageEntities');
    expect(off).toMatchObject({ enabled: false, entities: [] });

    await saveSettings({});
    await expectHighlights(page, expected.highlights!);
    expect((await ask<PageEntities>('getPageEntities')).enabled).toBe(true);
    expect(page.consoleErrors()).toEqual([]);
  });
});
