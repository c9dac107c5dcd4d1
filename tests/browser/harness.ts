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
import type { BrowserName } from '@/tests/browser/session';

export { launch } from '@/tests/browser/launch';
export type { BrowserName, Session, TestPage } from '@/tests/browser/session';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the fixture server started by the browser config's globalSetup. */
    fixtureOrigin: string;
  }
}

/** URL of a page in tests/fixtures/, e.g. `fixtureUrl('smoke.html')`. */
export function fixtureUrl(file: string): string {
  const origin = inject('fixtureOrigin');
  if (!origin) throw new Error('No fixture server: run with -c tests/browser/vitest.config.ts');
  return `${origin}/${file.replace(/^\//, '')}`;
}
