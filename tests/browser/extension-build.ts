/** Where the built extension for each browser lives, and the browser executables. */
import { resolve } from 'node:path';
import type { BrowserName } from '@/tests/browser/session';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: resolve(REPO_ROOT, '.output/chrome-mv3'),
  firefox: resolve(REPO_ROOT, '.output/firefox-mv2'),
};

export function browserExecutable(name: BrowserName): string {
  return name === 'chromium'
    ? (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')
    : (process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
}
