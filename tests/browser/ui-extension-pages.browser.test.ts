/**
 * The popup, side panel and settings page of the built extension, opened as tabs next to a
 * fixture article tab in Chromium and Firefox: search, "This page", jump to a mention, the
 * popover's "Open in side panel", live settings, corrupt settings, accessibility.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '@/utils/dataset/types';
import { BROWSERS, fixtureUrl, launch, type Session, type TestPage } from '@/tests/browser/harness';
import { REPO_ROOT } from '@/tests/browser/extension-build';
import { highlightsAcrossPage, type HighlightTexts } from '@/tests/browser/page-scan-checks';
import { pointOfText, popoverName, popoverText } from '@/tests/browser/popover-probe';

interface Expected {
  named: { name: string; category: 'official' | 'forum' | 'context' }[];
  jumpTo: string;
  jumpTargetId: string;
  /** Text to select in the article (spaces as rendered), and the popup's first result for it. */
  selection: { text: string; first: string };
}

const dataset = JSON.parse(
  readFileSync(resolve(REPO_ROOT, 'data/generated/profiles.json'), 'utf8'),
) as Dataset;
const idOf = (name: string): string => {
  const profile = dataset.profiles.find((p) => p.name === name);
  if (!profile) throw new Error(`The dataset has no profile named ${name}`);
  return profile.id;
};
const AXE = readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Search queries and the profile that must come first. */
const QUERIES: [string, string][] = [
  ['choi sun hee', 'Choe Son Hui'],
  ['최선희', 'Choe Son Hui'],
  // As a Korean input method shows 김정은 halfway through its last syllable.
  ['김정ㅇ', 'Kim Jong Un'],
  ['lee yong ho', 'Ri Yong Ho'],
  ['kim son gyoung', 'Kim Son Gyong'],
  ['security council', 'UN Security Council'],
];

/**
 * Polls `fn` in an extension page until it returns a truthy value. Extension pages forbid eval,
 * which the driver's own waiting uses, so this repeats plain evaluations instead. An evaluation
 * that fails (the page is reloading) is tried again; the last error is reported at the deadline.
 */
async function until<T, A extends unknown[]>(
  page: TestPage,
  fn: (...args: A) => T | Promise<T>,
  ...args: A
): Promise<T> {
  const deadline = Date.now() + 10_000;
  let failure: unknown = null;
  for (;;) {
    const value = await page.evaluate(fn, ...args).catch((error: unknown) => {
      failure = error;
      return null;
    });
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${fn.toString()}`, { cause: failure });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const readExpected = (page: TestPage) =>
  page.evaluate(() => JSON.parse(document.getElementById('nk-expected')!.textContent!) as Expected);

/**
 * The page's highlights per category, read across the whole page (only the names near the
 * viewport are registered at a time), once `done` accepts them or after 10 s.
 */
async function highlightsOnceSettled(
  page: TestPage,
  done: (found: HighlightTexts) => boolean,
): Promise<HighlightTexts> {
  const deadline = Date.now() + 10_000;
  let found = await highlightsAcrossPage(page);
  while (!done(found) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    found = await highlightsAcrossPage(page);
  }
  return found;
}

/**
 * From an extension page: finds the tab whose content script reports `url` and makes it the active
 * tab of the window, as a reader switching to it would. Returns its id.
 */
const activateTab = (extensionPage: TestPage, url: string) =>
  extensionPage.evaluate(async (wanted: string) => {
    interface Api {
      tabs: {
        query(q: object): Promise<{ id?: number }[]>;
        update(id: number, p: object): Promise<unknown>;
        sendMessage(id: number, m: object): Promise<{ res?: { url: string } } | undefined>;
      };
    }
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = scope.browser ?? scope.chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const message = { id: 1, type: 'getPageEntities', data: undefined, timestamp: Date.now() };
      const reply = await api.tabs.sendMessage(tab.id, message).catch(() => undefined);
      if (reply?.res?.url === wanted) {
        await api.tabs.update(tab.id, { active: true });
        return tab.id;
      }
    }
    return null;
  }, url);

const resultNames = (page: TestPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[role="option"] .result-name')].map((e) => e.textContent),
  );

/** Types `query` into the focused search box, replacing what was there. */
async function search(page: TestPage, query: string): Promise<(string | null)[]> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    input.select();
  });
  await page.type(query);
  await until(
    page,
    (q: string) =>
      document.querySelector<HTMLInputElement>('input[role="combobox"]')?.value === q &&
      document.querySelectorAll('[role="option"]').length > 0,
    query,
  );
  return resultNames(page);
}

const axeViolations = async (page: TestPage) => {
  await page.evaluate((source: string) => {
    if (!('axe' in window)) new Function(source)();
  }, AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
};

const setStoredSettings = (page: TestPage, value: unknown) =>
  page.evaluate(async (settings: unknown) => {
    type Api = { storage: { sync: { set(v: object): Promise<void> } } };
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    await (scope.browser ?? scope.chrome).storage.sync.set({ settings });
  }, value);

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  let article: TestPage;
  let expected: Expected;

  beforeAll(async () => {
    session = await launch(browserName);
    article = await session.openPage(fixtureUrl('ui-article.html'));
    expected = await readExpected(article);
  });
  afterAll(() => session?.close());

  it('highlights the article’s officials, forums and others (content-script side)', async () => {
    const everyCategory = (found: HighlightTexts) =>
      found.official.length > 0 && found.forum.length > 0 && found.context.length > 0;
    expect(everyCategory(await highlightsOnceSettled(article, everyCategory))).toBe(true);
  });

  it('opens a hovered name in the side panel from the popover', async () => {
    const panel = await session.openPage(session.extensionPageUrl('sidepanel.html'));
    await article.evaluate(() => window.scrollTo(0, 0));
    const at = (await article.evaluate(pointOfText, 'p', 'Kim Son'))!;
    expect(at, 'the name is on the page').not.toBeNull();
    await article.mouseMove(at.x, at.y);
    expect(await article.waitForFunction(popoverName)).toBe('Kim Son Gyong');
    const button = await article.evaluate(() => {
      const buttons = document
        .getElementById('nk-lens-popover-host')!
        .shadowRoot!.querySelectorAll('button');
      const open = [...buttons].find((b) => b.textContent?.includes('Open in side panel'));
      const box = open?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    });
    expect(button).not.toBeNull();
    await article.click(button!.x, button!.y);
    // The background stored the request; the side panel, already open, shows that profile.
    const heading = await until(panel, () => document.querySelector('.profile h2')?.textContent);
    expect(heading).toBe('Kim Son Gyong');
    if (browserName === 'chromium') {
      expect(await article.evaluate(popoverText)).not.toMatch(/Could not open/);
    } else {
      // Firefox cannot open its sidebar from a page: the reader is told how to open it.
      expect(await article.waitForFunction(popoverText)).toMatch(/sidebar/i);
    }
    expect(panel.consoleErrors()).toEqual([]);
    await panel.close();
    await article.press('Escape');
  });

  it('popup: explains a restricted page, then searches misspelled and Hangul names', async () => {
    const popup = await session.openPage(session.extensionPageUrl('popup.html'));
    // The popup's own tab is active: an extension page, where NK Lens cannot run.
    const notice = await until(
      popup,
      () => document.querySelector('[data-state="unavailable"]')?.textContent,
    );
    expect(notice).toMatch(/extension page|not running on this page/);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'combobox',
    );
    for (const [query, first] of QUERIES) {
      const names = await search(popup, query);
      expect(names[0], `first result for “${query}”`).toBe(first);
    }
    expect(popup.consoleErrors()).toEqual([]);
    await popup.close();
  });

  it('popup: lists the article’s entities and opens a profile with the keyboard', async () => {
    const popup = await session.openPage(session.extensionPageUrl('popup.html'));
    expect(await activateTab(popup, article.url())).not.toBeNull();
    const listed = await until(
      popup,
      (count: number) => {
        const names = [...document.querySelectorAll('.on-this-page .entity-name')].map(
          (e) => e.textContent,
        );
        return names.length >= count ? names : null;
      },
      expected.named.length,
    );
    for (const { name } of expected.named) expect(listed).toContain(name);
    const switchState = await popup.evaluate(
      () => document.querySelector<HTMLInputElement>('input[role="switch"]')?.checked,
    );
    expect(switchState).toBe(true);

    await search(popup, 'kim son gyong');
    if (browserName === 'chromium' && process.env.NK_LENS_SCREENSHOTS === '1') {
      await popup.screenshot(resolve(REPO_ROOT, 'docs/screenshots/popup.png'));
    }
    await popup.press('ArrowDown');
    // An Enter that commits an input method's syllable opens nothing.
    const opened = await popup.evaluate(async () => {
      const input = document.querySelector('input[role="combobox"]')!;
      const composing = { key: 'Enter', isComposing: true, bubbles: true, cancelable: true };
      input.dispatchEvent(new KeyboardEvent('keydown', composing));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return document.querySelector('.profile') !== null;
    });
    expect(opened).toBe(false);
    await popup.press('Enter');
    const heading = await until(popup, () => document.querySelector('.profile h2')?.textContent);
    expect(heading).toBe('Kim Son Gyong');
    const cited = await popup.evaluate(() => document.querySelectorAll('.profile cite').length);
    expect(cited).toBeGreaterThan(0);

    // A real click on "Open in side panel": Chrome opens the panel inside that gesture, and the
    // popup reports nothing but a failure.
    const button = await popup.evaluate(() => {
      const open = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Open in side panel',
      );
      const box = open?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    });
    await popup.click(button!.x, button!.y);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await popup.evaluate(() => document.querySelector('.notice')?.textContent ?? null)).toBe(
      null,
    );
    expect(popup.consoleErrors()).toEqual([]);
    await popup.close();
  });

  it('popup: opens on a search for the text selected in the article', async () => {
    const selected = await article.evaluate((text: string) => {
      // The words may be split over lines in the source: match them across any run of spaces.
      const pattern = new RegExp(text.split(' ').join('\\s+'));
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const found = pattern.exec(node.textContent ?? '');
        if (!found) continue;
        const range = document.createRange();
        range.setStart(node, found.index);
        range.setEnd(node, found.index + found[0].length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return getSelection()!.toString();
      }
      return null;
    }, expected.selection.text);
    expect(selected).not.toBeNull();
    const popup = await session.openPage(session.extensionPageUrl('popup.html'));
    expect(await activateTab(popup, article.url())).not.toBeNull();
    // Opened again with the article active, as the toolbar button opens it.
    await popup.evaluate(() => void setTimeout(() => location.reload(), 0));
    const box = (query: string) => {
      const input = document.querySelector<HTMLInputElement>('input[role="combobox"]');
      const first = document.querySelector('[role="option"] .result-name')?.textContent;
      return input?.value === query && first
        ? { selected: input.selectionEnd! - input.selectionStart!, first }
        : null;
    };
    expect(await until(popup, box, expected.selection.text)).toEqual({
      selected: expected.selection.text.length,
      first: expected.selection.first,
    });
    // Typing replaces the suggestion.
    await popup.type('kim son');
    expect(await until(popup, box, 'kim son')).toEqual({ selected: 0, first: 'Kim Son Gyong' });
    expect(popup.consoleErrors()).toEqual([]);
    await popup.close();
    await article.evaluate(() => getSelection()?.removeAllRanges());
  });

  it('side panel: "This page" follows the active tab and scrolls it to a mention', async () => {
    const panel = await session.openPage(session.extensionPageUrl('sidepanel.html'));
    expect(await activateTab(panel, article.url())).not.toBeNull();
    // A panel opened just after a popover request starts on that profile: go to "This page".
    await panel.evaluate(() => document.querySelector<HTMLButtonElement>('#tab-page')!.click());
    await until(
      panel,
      (id: string) => document.querySelector(`button[data-entity="${id}"]`) !== null,
      idOf(expected.jumpTo),
    );
    const groups = await panel.evaluate(() =>
      [...document.querySelectorAll('.page-entities h3')].map((h) => h.textContent),
    );
    expect(groups.map((g) => g?.replace(/\s*\d+$/, ''))).toEqual([
      'North Korean officials',
      'Forums and organisations',
      'Others',
    ]);
    await article.evaluate(() => window.scrollTo(0, 0));
    await panel.evaluate((id: string) => {
      document.querySelector<HTMLButtonElement>(`button[data-entity="${id}"]`)!.click();
    }, idOf(expected.jumpTo));
    const visible = await article.waitForFunction((targetId: string) => {
      const box = document.getElementById(targetId)!.getBoundingClientRect();
      return window.scrollY > 1000 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, expected.jumpTargetId);
    expect(visible).toBe(true);
    // New text on the page reaches the open panel through pageEntitiesChanged.
    const added = idOf('Kim Yo Jong');
    await article.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Kim Yo Jong, the leader’s sister, issued a statement through KCNA.';
      document.body.prepend(paragraph);
    });
    await until(
      panel,
      (id: string) => document.querySelector(`button[data-entity="${id}"]`) !== null,
      added,
    );
    // Pictured at the width of a browser's side panel.
    await panel.evaluate(() => {
      document.body.style.width = '400px';
      document.body.style.borderRight = '1px solid #ccc';
    });
    if (browserName === 'chromium' && process.env.NK_LENS_SCREENSHOTS === '1') {
      await panel.screenshot(resolve(REPO_ROOT, 'docs/screenshots/sidepanel.png'));
    }
    expect(panel.consoleErrors()).toEqual([]);
    await panel.close();
  });

  it('settings: a category switched off and a site switched off remove the highlights live', async () => {
    const options = await session.openPage(session.extensionPageUrl('options.html'));
    await until(options, () => document.querySelector('input[name="category-context"]') !== null);
    await options.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[name="category-context"]')!.click(),
    );
    const afterCategory = await article.waitForFunction(() =>
      (CSS.highlights.get('nk-lens-context')?.size ?? 0) === 0 ? true : null,
    );
    expect(afterCategory).toBe(true);
    // Names are painted near the viewport of a page on screen: bring the article to the front.
    await activateTab(options, article.url());
    const withoutContext = await highlightsOnceSettled(
      article,
      (found) => found.official.length > 0,
    );
    expect(withoutContext.official.length).toBeGreaterThan(0);
    expect(withoutContext.context).toEqual([]);

    const popup = await session.openPage(session.extensionPageUrl('popup.html'));
    await activateTab(popup, article.url());
    await until(popup, () => document.querySelector('input[role="switch"]') !== null);
    await popup.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[role="switch"]')!.click(),
    );
    const cleared = await article.waitForFunction(() =>
      ['nk-lens-official', 'nk-lens-forum', 'nk-lens-context'].every(
        (name) => (CSS.highlights.get(name)?.size ?? 0) === 0,
      ),
    );
    expect(cleared).toBe(true);
    const disabledNote = await until(
      popup,
      () => document.querySelector('[data-state="disabled"]')?.textContent,
    );
    expect(disabledNote).toMatch(/off on this site/);

    // Switched back on, everything is marked again.
    await popup.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[role="switch"]')!.click(),
    );
    // The popup's write lands before the options page reads the settings to change another field,
    // as with a reader moving from one to the other.
    await until(popup, () => document.querySelector('[data-state="disabled"]') === null);
    await options.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[name="category-context"]')!.click(),
    );
    await activateTab(options, article.url());
    const marked = await highlightsOnceSettled(article, (found) => found.context.length > 0);
    expect(marked.context.length).toBeGreaterThan(0);
    expect(options.consoleErrors()).toEqual([]);
    await popup.close();
    await options.close();
  });

  it('settings: corrupt stored settings still load, with defaults', async () => {
    let options = await session.openPage(session.extensionPageUrl('options.html'));
    await setStoredSettings(options, {
      siteMode: 42,
      categories: 'all',
      dwellMs: 'slow',
      theme: 'neon',
    });
    await options.close();
    options = await session.openPage(session.extensionPageUrl('options.html'));
    const state = await until(options, () => {
      const everywhere = document.querySelector<HTMLInputElement>('input[value="everywhere"]');
      const context = document.querySelector<HTMLInputElement>('input[name="category-context"]');
      const auto = document.querySelector<HTMLInputElement>('input[value="auto"]');
      return everywhere && context && auto
        ? { everywhere: everywhere.checked, context: context.checked, auto: auto.checked }
        : null;
    });
    expect(state).toEqual({ everywhere: true, context: true, auto: true });
    await article.goto(article.url());
    await article.waitForFunction(() => (CSS.highlights.get('nk-lens-official')?.size ?? 0) > 0);
    expect(options.consoleErrors()).toEqual([]);
    await setStoredSettings(options, null);
    await options.close();
  });

  it.each(['light', 'dark'])(
    'axe finds no accessibility violations in the popup, side panel and settings (%s theme)',
    async (theme) => {
      const options = await session.openPage(session.extensionPageUrl('options.html'));
      await setStoredSettings(options, { theme });
      await options.close();
      for (const path of ['popup.html', 'sidepanel.html', 'options.html']) {
        const page = await session.openPage(session.extensionPageUrl(path));
        await until(
          page,
          (want: string) =>
            document.body.innerText.trim().length > 0 &&
            (document.documentElement.dataset.theme ?? 'light') === want,
          theme,
        );
        expect(await axeViolations(page), path).toEqual([]);
        if (path === 'popup.html') {
          await search(page, 'choi sun hee');
          expect(await axeViolations(page), 'popup search results').toEqual([]);
          await page.press('Enter');
          await until(page, () => document.querySelector('.profile') !== null);
          expect(await axeViolations(page), 'popup profile').toEqual([]);
        }
        if (path === 'sidepanel.html') {
          for (const tab of ['Profile', 'About the data', 'Search']) {
            await page.evaluate((name: string) => {
              const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
              tabs.find((t) => t.textContent === name)!.click();
            }, tab);
            expect(await axeViolations(page), `side panel, ${tab}`).toEqual([]);
          }
          await search(page, 'kim son gyong');
          await page.press('Enter');
          await until(page, () => document.querySelector('.profile') !== null);
          expect(await axeViolations(page), 'side panel profile').toEqual([]);
        }
        await page.close();
      }
    },
  );
});
