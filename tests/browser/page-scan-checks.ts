/**
 * What the page scanning tests read from a fixture page: its expected results, the highlights
 * registered in its `CSS.highlights`, and whether its DOM is as the page itself left it. The
 * functions passed to `evaluate` run in the page; they use plain loops and no Array or String
 * helpers, so they work on the hostile fixture too.
 */
import { expect } from 'vitest';
import type { TestPage } from '@/tests/browser/harness';

export const CATEGORIES = ['official', 'forum', 'context'] as const;
export type HighlightTexts = Record<(typeof CATEGORIES)[number], string[]>;

export interface Phase {
  name: string;
  /** A page function to call before checking (re-render, edit, navigate). */
  call?: string;
  /** A page global to wait for before checking (stream finished). */
  waitFor?: string;
  highlights: HighlightTexts;
  /** What the page tells the side panel it names, once all of it is read. */
  entities?: { id: string; count: number }[];
}

export interface Expected {
  highlights?: HighlightTexts;
  phases?: Phase[];
  /** Selectors inside which no highlight may start. */
  unhighlighted?: string[];
  /** Text typed into editables: it must arrive, and stay unhighlighted. */
  typing?: { selector: string; text: string }[];
  /** Highlights expected in same-origin iframes (their own content script instance). */
  frames?: Record<string, HighlightTexts>;
  /** Mention texts that lie in open shadow roots. */
  shadowHighlights?: string[];
  /** Page global holding the highlight registry (when the page removes `CSS`). */
  registry?: string;
  hostile?: boolean;
  styled?: boolean;
  published?: string;
  counts?: Record<string, number>;
}

export interface HighlightReport extends HighlightTexts {
  /** Ranges that are collapsed or no longer in the document. */
  stale: string[];
  /** Texts of ranges inside shadow roots. */
  shadow: string[];
}

export async function readExpected(page: TestPage): Promise<Expected> {
  const text = await page.evaluate(() => document.getElementById('nk-expected')?.textContent ?? '');
  return JSON.parse(text) as Expected;
}

export function readHighlights(
  page: TestPage,
  registryGlobal: string | null = null,
  frameSelector: string | null = null,
): Promise<HighlightReport> {
  return page
    .evaluate(
      (registryName: string | null, frame: string | null) => {
        let view = window as unknown as Record<string, unknown> & typeof window;
        if (frame !== null) {
          const element = document.querySelector(frame) as HTMLIFrameElement | null;
          view = element?.contentWindow as typeof view;
        }
        const registry = (registryName === null ? view.CSS.highlights : view[registryName]) as
          HighlightRegistry | undefined;
        const report: Record<string, string[]> = {
          official: [],
          forum: [],
          context: [],
          stale: [],
          shadow: [],
        };
        const categories = ['official', 'forum', 'context'];
        for (let index = 0; index < categories.length; index++) {
          const category = categories[index] as string;
          const highlight = registry?.get(`nk-lens-${category}`);
          if (highlight === undefined) continue;
          for (const range of highlight as unknown as Iterable<AbstractRange>) {
            // NK Lens paints static ranges: a live one reads their text.
            // NK Lens paints static ranges: a live copy reads their text. One whose text changed
            // under it (offsets past the end) or left the document is stale until the rescan.
            const length = (node: Node) => (node as CharacterData).length ?? node.childNodes.length;
            const stale =
              range.collapsed ||
              !range.startContainer.isConnected ||
              range.startOffset > length(range.startContainer) ||
              range.endOffset > length(range.endContainer);
            const live = new Range();
            if (!stale) {
              live.setStart(range.startContainer, range.startOffset);
              live.setEnd(range.endContainer, range.endOffset);
            }
            const text = live.toString();
            const list = (stale ? report.stale : report[category]) as string[];
            list[list.length] = text;
            const root = range.startContainer.getRootNode();
            if (root.nodeType === 11 && 'host' in root) {
              (report.shadow as string[])[(report.shadow as string[]).length] = text;
            }
          }
        }
        // A string: the hostile fixture's Array methods would break structured results.
        return JSON.stringify(report);
      },
      registryGlobal,
      frameSelector,
    )
    .then((json) => JSON.parse(json) as HighlightReport);
}

/**
 * Every mention highlighted anywhere on a long page. NK Lens registers the highlights of the
 * blocks near the viewport only, so the page is scrolled from top to bottom, two viewports at a
 * time, collecting the ranges registered at each stop; it is scrolled back to the top after.
 */
export function highlightsAcrossPage(page: TestPage): Promise<HighlightTexts> {
  return page.evaluate(async () => {
    const categories = ['official', 'forum', 'context'] as const;
    const seen = new Map<AbstractRange, (typeof categories)[number]>();
    // Two frames (intersection updates are delivered after one), or 500 ms in a tab that is not
    // rendering.
    const settle = () =>
      new Promise<void>((resolve) => {
        let done = false;
        const finish = () => {
          if (done) return;
          done = true;
          setTimeout(resolve, 30);
        };
        requestAnimationFrame(() => requestAnimationFrame(finish));
        setTimeout(finish, 500);
      });
    for (let top = 0; ; top += 2 * innerHeight) {
      scrollTo(0, top);
      await settle();
      for (const category of categories) {
        for (const range of CSS.highlights.get(`nk-lens-${category}`) ?? []) {
          seen.set(range, category);
        }
      }
      if (top + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, 0);
    await settle();
    const texts: Record<string, string[]> = { official: [], forum: [], context: [] };
    for (const [painted, category] of seen) {
      const range = new Range();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      texts[category]!.push(range.toString());
    }
    return texts as HighlightTexts;
  });
}

function sorted(texts: HighlightTexts): HighlightTexts {
  return {
    official: [...texts.official].sort(),
    forum: [...texts.forum].sort(),
    context: [...texts.context].sort(),
  };
}

/** Polls until the page's highlights are the expected ones (as multisets), then asserts it. */
export async function expectHighlights(
  page: TestPage,
  expected: HighlightTexts,
  options: { registry?: string | null; frame?: string | null; timeoutMs?: number } = {},
): Promise<HighlightReport> {
  const want = sorted(expected);
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  let report = await readHighlights(page, options.registry ?? null, options.frame ?? null);
  while (
    Date.now() < deadline &&
    (JSON.stringify(sorted(report)) !== JSON.stringify(want) || report.stale.length > 0)
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    report = await readHighlights(page, options.registry ?? null, options.frame ?? null);
  }
  expect(sorted(report)).toEqual(want);
  expect(report.stale).toEqual([]);
  return report;
}

/** Selectors (of `selectors`) inside which some highlight range starts. */
export function highlightedInside(
  page: TestPage,
  selectors: string[],
  registryGlobal: string | null = null,
): Promise<string[]> {
  return page
    .evaluate(
      (list: string[], registryName: string | null) => {
        const view = window as unknown as Record<string, unknown> & typeof window;
        const registry = (registryName === null ? view.CSS.highlights : view[registryName]) as
          HighlightRegistry | undefined;
        const hits: string[] = [];
        const names = ['nk-lens-official', 'nk-lens-forum', 'nk-lens-context'];
        for (let n = 0; n < names.length; n++) {
          const highlight = registry?.get(names[n] as string);
          if (highlight === undefined) continue;
          for (const range of highlight as unknown as Iterable<AbstractRange>) {
            const node = range.startContainer;
            const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
            for (let s = 0; s < list.length; s++) {
              if (element?.closest(list[s] as string)) hits[hits.length] = list[s] as string;
            }
          }
        }
        return JSON.stringify(hits);
      },
      selectors,
      registryGlobal,
    )
    .then((json) => JSON.parse(json) as string[]);
}

/** Asserts the page's DOM is exactly as its own scripts left it (the extension's UI host aside). */
export async function expectDomUnchanged(page: TestPage): Promise<void> {
  const result = await page.evaluate(() =>
    (window as unknown as { nkDomUnchanged(): true | object }).nkDomUnchanged(),
  );
  expect(result).toBe(true);
}

/** Waits until the content script has started in the page. */
export async function waitForLens(page: TestPage): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.nkLens === 'ready');
}
