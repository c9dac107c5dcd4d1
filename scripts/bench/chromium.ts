/**
 * Launches the system Chromium headless through playwright-core, with a fresh profile and,
 * when asked, the built extension loaded unpacked.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '@/scripts/bench/environment';

export interface BenchBrowser {
  context: BrowserContext;
  /** Set when an extension was loaded: its origin, `chrome-extension://<id>/`. */
  extensionOrigin?: string;
  close(): Promise<void>;
}

export async function launchChromium(extensionDir?: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'nk-lens-bench-'));
  const args = [
    '--no-sandbox',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extensionDir) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extensionDir) return { context, close };
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    return { context, extensionOrigin: `chrome-extension://${new URL(worker.url()).host}/`, close };
  } catch (error) {
    await close();
    throw new Error(`The extension in ${extensionDir} did not start: ${String(error)}`);
  }
}
