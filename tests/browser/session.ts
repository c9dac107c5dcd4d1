/** What a browser test sees of a browser with NK Lens installed, the same for Chromium and Firefox. */

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  url(): string;
  /** Runs `fn` in the page (main world) with JSON-serialisable `args`; returns its (awaited) result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Polls `fn` in the page until it returns a truthy value (10 s), and returns that value. */
  waitForFunction<T, A extends unknown[]>(
    fn: (...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<NonNullable<T>>;
  goto(url: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** A key name such as 'Escape', 'Enter', 'ArrowDown', 'a'. */
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Console errors and uncaught page errors seen since the page opened. */
  consoleErrors(): string[];
  close(): Promise<void>;
}

export interface Session {
  name: BrowserName;
  openPage(url: string): Promise<TestPage>;
  /**
   * URL of an extension page, to pass to `openPage`: `chrome-extension://<id>/<path>` in Chromium,
   * `moz-extension://<uuid>/<path>` in Firefox (opened as a tab from the browser window).
   */
  extensionPageUrl(path: string): string;
  /** Resolves when the browser has gone, closed by `close()` or by the user (headed runs). */
  waitForClose(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Headless unless false (the demo opens a visible window on a desktop). */
  headless?: boolean;
  /** Folder of the built extension; defaults to the target's .output folder. */
  extensionDir?: string;
}

export const WAIT_TIMEOUT_MS = 10_000;
