/** Firefox ESR with the built MV2 extension, driven by puppeteer-core over WebDriver BiDi. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserExecutable, EXTENSION_DIRS } from '@/tests/browser/extension-build';
import { connectChromeScope, type ChromeScope } from '@/tests/browser/firefox-chrome-scope';
import { FIREFOX_PREFS } from '@/tests/browser/firefox-prefs';
import { callExpression } from '@/tests/browser/page-call';
import {
  WAIT_TIMEOUT_MS,
  type LaunchOptions,
  type Session,
  type TestPage,
} from '@/tests/browser/session';

/** Where errors come from besides the page's BiDi events (extension pages: the console service). */
type ExtraErrors = () => Promise<string[]>;

const EXTRA_ERRORS_POLL_MS = 100;

function adaptPage(page: Page, fixedUrl?: string, extraErrors?: ExtraErrors): TestPage {
  const errors: string[] = [];
  let extra: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) =>
    errors.push(error instanceof Error ? error.message : String(error)),
  );
  const refresh = async () => {
    if (extraErrors) extra = await extraErrors().catch(() => extra);
  };
  const poll = extraErrors ? setInterval(() => void refresh(), EXTRA_ERRORS_POLL_MS) : undefined;
  poll?.unref();
  /** Runs `step`, then picks up the errors it may have caused. */
  const settled = async <T>(step: Promise<T>): Promise<T> => {
    const value = await step;
    await refresh();
    return value;
  };
  return {
    url: () => fixedUrl ?? page.url(),
    evaluate: <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) =>
      settled(page.evaluate(callExpression(fn, args)) as Promise<T>),
    waitForFunction: async <T, A extends unknown[]>(
      fn: (...args: A) => T | Promise<T>,
      ...args: A
    ) => {
      const handle = await settled(
        page.waitForFunction(callExpression(fn, args), { timeout: WAIT_TIMEOUT_MS }),
      );
      return (await handle.jsonValue()) as NonNullable<T>;
    },
    goto: async (url) => {
      await settled(page.goto(url, { waitUntil: 'load' }));
    },
    mouseMove: (x, y) => settled(page.mouse.move(x, y)),
    click: (x, y) => settled(page.mouse.click(x, y)),
    press: (key) => settled(page.keyboard.press(key as never)),
    type: (text) => settled(page.keyboard.type(text)),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    consoleErrors: () => [...errors, ...extra],
    close: async () => {
      clearInterval(poll);
      await page.close();
    },
  };
}

/** The add-on id the built manifest declares (Firefox keys the extension's UUID by it). */
function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json declares no browser_specific_settings.gecko.id`);
  return id;
}

async function openExtensionPage(browser: Browser, scope: ChromeScope, url: string) {
  const created = new Promise<Page | null>((resolve) =>
    browser.once('targetcreated', (target: { page(): Promise<Page | null> }) =>
      resolve(target.page()),
    ),
  );
  const key = await scope.openTab(url);
  const page = await Promise.race([
    created,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), WAIT_TIMEOUT_MS)),
  ]);
  if (!page) throw new Error(`Firefox opened no tab for ${url}`);
  await page.waitForFunction(
    `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`,
    { timeout: WAIT_TIMEOUT_MS },
  );
  return adaptPage(page, url, () => scope.tabErrors(key));
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Session> {
  const dir = options.extensionDir ?? EXTENSION_DIRS.firefox;
  // A UUID of our choosing makes the extension's moz-extension:// origin known in advance.
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}/`;
  const prefs = {
    ...FIREFOX_PREFS,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId(dir)]: uuid }),
  };
  const userDataDir = await mkdtemp(join(tmpdir(), 'nk-lens-firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: browserExecutable('firefox'),
      headless: options.headless ?? true,
      userDataDir,
      defaultViewport: { width: 1280, height: 800 },
      extraPrefsFirefox: prefs,
      // Lets the harness open extension pages from the browser window (see firefox-chrome-scope).
      args: ['--remote-allow-system-access'],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const closed = new Promise<void>((resolveClosed) =>
    browser.once('disconnected', () => resolveClosed()),
  );
  const close = async () => {
    await browser.close().catch(() => undefined);
    const child = browser.process();
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(userDataDir, { recursive: true, force: true });
  };
  let scope: ChromeScope;
  try {
    await browser.installExtension(dir);
    scope = await connectChromeScope(browser, origin);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    name: 'firefox',
    openPage: async (url) => {
      if (url.startsWith(origin)) return openExtensionPage(browser, scope, url);
      const page = await browser.newPage();
      const testPage = adaptPage(page);
      await page.goto(url, { waitUntil: 'load' });
      return testPage;
    },
    extensionPageUrl: (path) => `${origin}${path.replace(/^\//, '')}`,
    waitForClose: () => closed,
    close,
  };
}
