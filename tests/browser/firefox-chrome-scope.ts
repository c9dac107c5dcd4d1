/**
 * Firefox's own (chrome) scope, reached over WebDriver BiDi when Firefox runs with
 * `--remote-allow-system-access`. Firefox refuses automated navigation to `moz-extension://`
 * pages, so extension pages are opened from here as a browser tab would be, and the errors they
 * raise (uncaught errors, rejections, CSP violations) are collected from Firefox's console service.
 */
import type { Browser } from 'puppeteer-core';

interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export interface ChromeScope {
  /** Opens `url` (an extension page) in a new tab; resolves to the tab's key. */
  openTab(url: string): Promise<string>;
  /**
   * Errors reported by extension pages (not the background) since tab `key` opened: Firefox does
   * not say which page raised an error forwarded from the extension process.
   */
  tabErrors(key: string): Promise<string[]>;
}

/** Evaluated once in the browser window: collects errors from the extension's pages. */
function collectorSource(origin: string): string {
  return `(() => {
    const state = { errors: [], tabs: new Map(), next: 0 };
    globalThis.__nkLensScope = state;
    const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
    Services.console.registerListener({
      observe(message) {
        if (!(message instanceof Ci.nsIScriptError) || message.flags & quiet) return;
        if (!message.sourceName.startsWith(${JSON.stringify(origin)})) return;
        // Errors forwarded from the extension process carry no window id; those of the background
        // page and of content scripts (which run in web pages) are not an extension page's.
        const source = message.sourceName;
        if (/\\/(background\\.js|_generated_background_page\\.html)$|\\/content-scripts\\//.test(source)) return;
        state.errors.push(message.errorMessage);
      },
    });
    return 'ready';
  })()`;
}

export async function connectChromeScope(browser: Browser, origin: string): Promise<ChromeScope> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
    .result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox exposes no browser window to WebDriver BiDi');

  const evaluate = async (expression: string): Promise<unknown> => {
    const reply = (
      await connection.send('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
      })
    ).result as BidiEvaluateResult;
    if (reply.type !== 'success') {
      throw new Error(`Firefox chrome scope: ${reply.exceptionDetails?.text ?? 'exception'}`);
    }
    return reply.result?.value;
  };

  await evaluate(collectorSource(origin));
  return {
    openTab: async (url) =>
      String(
        await evaluate(`(() => {
          const state = globalThis.__nkLensScope;
          const tab = gBrowser.addTab(${JSON.stringify(url)}, {
            triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
          });
          gBrowser.selectedTab = tab;
          const key = 'tab-' + state.next++;
          state.tabs.set(key, state.errors.length);
          return key;
        })()`),
      ),
    tabErrors: async (key) =>
      JSON.parse(
        String(
          await evaluate(`(() => {
            const state = globalThis.__nkLensScope;
            return JSON.stringify(state.errors.slice(state.tabs.get(${JSON.stringify(key)}) ?? 0));
          })()`),
        ),
      ) as string[],
  };
}
