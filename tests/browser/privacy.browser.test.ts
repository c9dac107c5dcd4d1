/**
 * NK Lens makes no network request of its own: no script it ships holds a call that could make
 * one, and the browser holds the extension's own pages to that through their CSP
 * (`content_security_policy` in wxt.config.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session } from '@/tests/browser/harness';

/** What a script calls to open a connection or send data away. */
const NETWORK_CALLS =
  /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|WebTransport|RTCPeerConnection)\b/g;

const EXTENSION_PAGES = ['popup.html', 'sidepanel.html', 'options.html'];

function scriptsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  it('ships no script that can open a connection', () => {
    const dir = inject('extensionDirs')[browserName];
    const scripts = scriptsIn(dir);
    expect(scripts.map((file) => relative(dir, file))).toEqual(
      expect.arrayContaining(['background.js', 'content-scripts/content.js']),
    );
    const calls = scripts.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(NETWORK_CALLS)].map(
        ([call]) => `${relative(dir, file)}: ${call}`,
      ),
    );
    expect(calls).toEqual([]);
  });

  it.each(EXTENSION_PAGES)('lets %s open no connection', async (path) => {
    const page = await session.openPage(session.extensionPageUrl(path));
    await page.waitForFunction(() => document.body.innerText.trim());
    // An opaque request to the fixture server: without the CSP it goes through in both browsers.
    const outcome = await page.evaluate(
      (url: string) =>
        fetch(url, { mode: 'no-cors', cache: 'no-store' }).then(
          () => 'sent',
          (error: unknown) => (error instanceof Error ? error.name : String(error)),
        ),
      fixtureUrl('smoke.html'),
    );
    expect(outcome).toBe('TypeError');
    await page.close();
  });
});
