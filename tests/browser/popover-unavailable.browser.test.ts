import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BROWSERS, launch, type BrowserName, type Session } from '@/tests/browser/harness';
import { pointOfPopoverButton, popoverName, popoverText } from '@/tests/browser/popover-probe';
import { hoverUntilShown, openFixture, waitUntilHidden } from '@/tests/browser/popover-steps';

/**
 * A copy of this run's build whose background script does nothing: no profile can be had, as
 * when the background fails. The content script and its matcher data are the real ones.
 */
function buildWithSilentBackground(browserName: BrowserName): string {
  const source = inject('extensionDirs')[browserName];
  const dir = mkdtempSync(path.join(tmpdir(), 'nk-lens-silent-background-'));
  cpSync(source, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    background: { service_worker?: string; scripts?: string[] };
  };
  const scripts = manifest.background.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background.scripts ?? []);
  expect(scripts.length, 'the build has a background script').toBeGreaterThan(0);
  for (const script of scripts) writeFileSync(path.join(dir, script), '// answers nothing\n');
  return dir;
}

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  let extensionDir: string;
  beforeAll(async () => {
    extensionDir = buildWithSilentBackground(browserName);
    session = await launch(browserName, { extensionDir });
  });
  afterAll(async () => {
    await session.close();
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it('names the entity and says the profile could not be loaded when the background cannot answer', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-light.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const text = (await page.evaluate(popoverText))!;
    expect(text).toContain('Could not load the profile');
    for (const line of expected.profile ?? []) expect(text).not.toContain(line);
    expect(await page.evaluate(pointOfPopoverButton, 'Copy citation')).toBeNull();
    expect(await page.evaluate(pointOfPopoverButton, 'Find on page')).not.toBeNull();
    await page.press('Escape');
    await waitUntilHidden(page);
    expect(await page.evaluate(popoverName)).toBeNull();
    await page.close();
  });
});
