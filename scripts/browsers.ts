/** Whether the browsers the tests and the demo need are installed. */
import { accessSync, constants } from 'node:fs';
import { browserExecutable } from '@/tests/browser/extension-build';
import type { BrowserName } from '@/tests/browser/session';

const LABELS: Record<BrowserName, { title: string; env: string }> = {
  chromium: { title: 'Chromium', env: 'CHROMIUM_PATH' },
  firefox: { title: 'Firefox', env: 'FIREFOX_PATH' },
};

/** One line naming the first missing browser and how to get it, or null when all are present. */
export function missingBrowser(names: BrowserName[] = ['chromium', 'firefox']): string | null {
  for (const name of names) {
    const path = browserExecutable(name);
    try {
      accessSync(path, constants.X_OK);
    } catch {
      const { title, env } = LABELS[name];
      return `${title} not found at ${path}: install it (Debian: apt-get install -y chromium firefox-esr) or set ${env} to its executable.`;
    }
  }
  return null;
}
