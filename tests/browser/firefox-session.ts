/** Firefox ESR with the built MV2 extension, driven by puppeteer-core over WebDriver BiDi. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserExecutable, EXTENSION_DIRS } from '@/tests/browser/extension-build';
import { FIREFOX_PREFS } from '@/tests/browser/firefox-prefs';
import { callExpression } from '@/tests/browser/page-call';
import {
  WAIT_TIMEOUT_MS,
  type LaunchOptions,
  type Session,
  type TestPage,
} from '@/tests/browser/session';

function adaptPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    url: () => page.url(),
    evaluate: async <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) =>
      (await page.evaluate(callExpression(fn, args))) as T,
    waitForFunction: async <T, A extends unknown[]>(
      fn: (...args: A) => T | Promise<T>,
      ...args: A
    ) => {
      const handle = await page.waitForFunction(callExpression(fn, args), {
        timeout: WAIT_TIMEOUT_MS,
      });
      return (await handle.jsonValue()) as NonNullable<T>;
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    consoleErrors: () => [...errors],
    close: () => page.close(),
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Session> {
  const dir = options.extensionDir ?? EXTENSION_DIRS.firefox;
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
      extraPrefsFirefox: FIREFOX_PREFS,
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
  try {
    await browser.installExtension(dir);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    name: 'firefox',
    openPage: async (url) => {
      const page = await browser.newPage();
      const testPage = adaptPage(page);
      await page.goto(url, { waitUntil: 'load' });
      return testPage;
    },
    extensionPageUrl: () => undefined,
    waitForClose: () => closed,
    close,
  };
}
