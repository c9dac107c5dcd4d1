/** Chromium with the built MV3 extension, driven by playwright-core. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { browserExecutable, EXTENSION_DIRS } from '@/tests/browser/extension-build';
import { callExpression } from '@/tests/browser/page-call';
import {
  WAIT_TIMEOUT_MS,
  type LaunchOptions,
  type Session,
  type TestPage,
} from '@/tests/browser/session';

/** How often `waitForFunction` checks its predicate. */
const POLL_MS = 50;

function adaptPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return {
    url: () => page.url(),
    evaluate: async <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) =>
      (await page.evaluate(callExpression(fn, args))) as T,
    waitForFunction: async <T, A extends unknown[]>(
      fn: (...args: A) => T | Promise<T>,
      ...args: A
    ) => {
      // Polled from here with evaluate (DevTools Protocol, which a page's CSP does not govern):
      // Playwright's own polling compiles the predicate in the page, which a strict CSP refuses.
      const expression = callExpression(fn, args);
      const deadline = Date.now() + WAIT_TIMEOUT_MS;
      for (;;) {
        const value = (await page.evaluate(expression)) as T;
        if (value) return value as NonNullable<T>;
        if (Date.now() > deadline) {
          throw new Error(`Timed out after ${WAIT_TIMEOUT_MS} ms waiting for ${fn.toString()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    consoleErrors: () => [...errors],
    close: () => page.close(),
  };
}

/** The extension id, read from the URL of its background service worker. */
async function extensionId(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: WAIT_TIMEOUT_MS,
    }));
  const id = new URL(worker.url()).host;
  if (!id) throw new Error(`No extension id in service worker URL ${worker.url()}`);
  return id;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Session> {
  const dir = options.extensionDir ?? EXTENSION_DIRS.chromium;
  const userDataDir = await mkdtemp(join(tmpdir(), 'nk-lens-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: browserExecutable('chromium'),
      headless: options.headless ?? true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--no-sandbox',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const closed = new Promise<void>((resolveClosed) => context.once('close', () => resolveClosed()));
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  };
  let id: string;
  try {
    id = await extensionId(context);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    name: 'chromium',
    openPage: async (url) => {
      const page = await context.newPage();
      const testPage = adaptPage(page);
      await page.goto(url, { waitUntil: 'load' });
      return testPage;
    },
    extensionPageUrl: (path) => `chrome-extension://${id}/${path.replace(/^\//, '')}`,
    waitForClose: () => closed,
    close,
  };
}
