/**
 * `npm run demo`: builds the extension, serves the corpus articles as a small news site on
 * 127.0.0.1 and opens Chromium (or BROWSER=firefox) with NK Lens installed.
 *
 * - With a display: a visible browser on the page, until you close it.
 * - Without one: headless; writes a screenshot of the page and of a hover popover to
 *   .output/demo/ and exits 0, or names the step that failed and exits 1.
 * - `--no-browser`: builds and serves only, for loading the extension by hand into branded
 *   Chrome or Firefox (see README); stops on Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingBrowser } from '@/scripts/browsers';
import { readCorpusArticles } from '@/scripts/demo/corpus-articles';
import { DemoStepError, findMention, hoverForPopover } from '@/scripts/demo/hover-capture';
import { articleFile, renderArticlePage, renderFrontPage } from '@/scripts/demo/render-page';
import { EXTENSION_DIRS, REPO_ROOT } from '@/tests/browser/extension-build';
import { launch } from '@/tests/browser/launch';
import { startStaticServer, type StaticServer } from '@/tests/browser/server';
import type { BrowserName } from '@/tests/browser/session';

const OUT_DIR = join(REPO_ROOT, '.output/demo');
const SITE_DIR = join(OUT_DIR, 'site');

function chosenBrowser(): BrowserName {
  const name = process.env.BROWSER ?? 'chromium';
  if (name === 'chromium' || name === 'firefox') return name;
  throw new DemoStepError(`BROWSER must be "chromium" or "firefox", not "${name}".`);
}

function build(browserName: BrowserName): void {
  console.log(`Building NK Lens for ${browserName}…`);
  const args = browserName === 'firefox' ? ['build', '-b', 'firefox'] : ['build'];
  try {
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...args], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
      encoding: 'utf8',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    console.error(`${stdout ?? ''}${stderr ?? ''}`);
    throw new DemoStepError(`the ${browserName} build failed (output above).`);
  }
}

function writeSite(): void {
  mkdirSync(SITE_DIR, { recursive: true });
  const articles = readCorpusArticles(join(REPO_ROOT, 'data/corpus'));
  writeFileSync(join(SITE_DIR, 'index.html'), renderFrontPage(articles));
  articles.forEach((_, index) => {
    writeFileSync(join(SITE_DIR, articleFile(index)), renderArticlePage(articles, index));
  });
}

function untilInterrupted(): Promise<void> {
  return new Promise((resolveStop) => {
    process.once('SIGINT', () => resolveStop());
    process.once('SIGTERM', () => resolveStop());
  });
}

async function captureHeadless(browserName: BrowserName, url: string): Promise<void> {
  const session = await launch(browserName);
  try {
    const page = await session.openPage(url);
    const pageShot = join(OUT_DIR, `page-${browserName}.png`);
    // Wait for the marks, then picture the page from its masthead.
    await findMention(page).finally(async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot(pageShot);
      console.log(`Page screenshot: ${pageShot}`);
    });
    const target = await findMention(page);
    const popoverText = await hoverForPopover(page, target);
    // Let the popover's entrance transition finish before the picture.
    await new Promise((resolveWait) => setTimeout(resolveWait, 400));
    const popoverShot = join(OUT_DIR, `popover-${browserName}.png`);
    await page.screenshot(popoverShot);
    console.log(`Popover over "${target.text}": ${popoverText.slice(0, 80).replace(/\s+/g, ' ')}…`);
    console.log(`Popover screenshot: ${popoverShot}`);
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const browserName = chosenBrowser();
  const serveOnly = process.argv.includes('--no-browser');
  const missing = serveOnly ? null : missingBrowser([browserName]);
  if (missing) throw new DemoStepError(missing);
  build(browserName);
  writeSite();
  const server: StaticServer = await startStaticServer(SITE_DIR);
  // The first article: its page declares its date, as the popover's "role as of" reads it.
  const url = `${server.origin}/${articleFile(0)}`;
  try {
    console.log(`Demo page: ${url}`);
    console.log(`Extension: ${EXTENSION_DIRS[browserName]}`);
    if (serveOnly) {
      console.log(
        'Load the extension folder above into your browser, open the page, Ctrl-C to stop.',
      );
      await untilInterrupted();
    } else if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
      const session = await launch(browserName, { headless: false });
      await session.openPage(url);
      console.log('Hover a highlighted name. Close the browser window to stop.');
      await Promise.race([session.waitForClose(), untilInterrupted()]);
      await session.close();
    } else {
      await captureHeadless(browserName, url);
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof DemoStepError ? `Demo failed: ${error.message}` : error);
  process.exit(1);
});
