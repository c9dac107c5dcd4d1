/**
 * The real-browser test harness: the same test file runs against Chromium and Firefox, each with
 * the built extension installed and the fixture pages served on 127.0.0.1.
 *
 *   describe.each(BROWSERS)('%s', (browserName) => {
 *     let session: Session;
 *     beforeAll(async () => { session = await launch(browserName); });
 *     afterAll(() => session.close());
 *   });
 */
import { inject } from 'vitest';
import { launch as launchBrowser } from '@/tests/browser/launch';
import type { BrowserName, LaunchOptions, Session } from '@/tests/browser/session';

export type { BrowserName, Session, TestPage } from '@/tests/browser/session';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fixture server started by the browser config's globalSetup. */
    fixtureOrigin: string;
    /** This run's copies of the builds (see global-setup.ts). */
    extensionDirs: Record<BrowserName, string>;
  }
}

/**
 * Starts `name` with this run's build of the extension installed, in a fresh profile.
 * `options.extensionDir` installs another folder instead.
 */
export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Session> {
  return launchBrowser(name, { extensionDir: inject('extensionDirs')?.[name], ...options });
}

/** URL of a page in tests/fixtures/, e.g. `fixtureUrl('smoke.html')`. */
export function fixtureUrl(file: string): string {
  const origin = inject('fixtureOrigin');
  if (!origin) throw new Error('No fixture server: run with -c tests/browser/vitest.config.ts');
  return `${origin}/${file.replace(/^\//, '')}`;
}
