/**
 * The common highlighting library, mark.js, marking the same name list on the same page in
 * the same browser without the extension: the time of its `mark()` call until `done`, measured
 * in the page, which is all main-thread script work (mark.js is synchronous).
 */
import { createRequire } from 'node:module';
import type { BenchBrowser } from '@/scripts/bench/chromium';

export interface MarkJsSample {
  ms: number;
  marks: number;
}

const MARK_JS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

/**
 * Names are phrases, so words are not searched separately; whole words only, with the
 * punctuation that ends a name in prose as limiters; no diacritics expansion (the list is
 * already spelled as the pages spell it, and the expansion only slows mark.js down).
 */
const OPTIONS = {
  separateWordSearch: false,
  diacritics: false,
  accuracy: {
    value: 'exactly',
    limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '“', '”', '—'],
  },
};

export async function measureMarkJs(
  browser: BenchBrowser,
  url: string,
  names: readonly string[],
): Promise<MarkJsSample> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ path: MARK_JS });
    // A source string, not a function: the page must run exactly this, untouched by the
    // TypeScript loader's transforms.
    return await page.evaluate<MarkJsSample>(`new Promise((resolve) => {
      const start = performance.now();
      new Mark(document.body).mark(${JSON.stringify(names)}, Object.assign(${JSON.stringify(OPTIONS)}, {
        done: (marks) => resolve({ ms: performance.now() - start, marks }),
      }));
    })`);
  } finally {
    await page.close();
  }
}
