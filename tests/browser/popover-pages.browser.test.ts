import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type Session } from '@/tests/browser/harness';
import { popoverStyles } from '@/tests/browser/popover-probe';
import { hoverUntilShown, openFixture } from '@/tests/browser/popover-steps';

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TRANSPARENT = 'rgba(0, 0, 0, 0)';

/** Set NK_LENS_SCREENSHOTS=1 to refresh docs/screenshots/popover-{light,dark}.png from Chromium. */
const SCREENSHOTS = process.env.NK_LENS_SCREENSHOTS === '1';

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session.close());

  it.each([
    ['popover-light.html', 'light', 'rgb(255, 255, 255)'],
    ['popover-dark.html', 'dark', 'rgb(30, 34, 39)'],
  ])('on %s the popover takes the %s theme and axe finds no violation', async (file, theme, bg) => {
    const { page, expected, name } = await openFixture(session, file);
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const styles = (await page.evaluate(popoverStyles))!;
    expect(styles).toMatchObject({ theme, background: bg, nameFontSize: '17px', fontSize: '14px' });
    if (SCREENSHOTS && browserName === 'chromium') {
      await page.screenshot(`docs/screenshots/popover-${theme}.png`);
    }
    const violations = await page.evaluate(async (source: string) => {
      (0, eval)(source);
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const result = await axe.run({
        include: [{ fromShadowDom: ['#nk-lens-popover-host', '[role="dialog"]'] }],
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`);
    }, AXE_SOURCE);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('styles the popover on a page whose CSP forbids inline styles', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-csp.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    const styles = (await page.evaluate(popoverStyles))!;
    expect(styles.background).not.toBe(TRANSPARENT);
    expect(styles).toMatchObject({ borderRadius: '8px', nameFontSize: '17px', nameWeight: '700' });
    await page.close();
  });

  it('shows a styled popover on a hostile page and leaves its patches alone', async () => {
    const { page, expected, name } = await openFixture(session, 'popover-hostile.html');
    expect(await hoverUntilShown(page, name)).toBe(expected.hover.name);
    expect(await page.evaluate(popoverStyles)).toMatchObject({
      theme: 'light',
      background: 'rgb(255, 255, 255)',
      color: 'rgb(27, 31, 36)',
      fontSize: '14px',
      nameFontSize: '17px',
    });
    const host = await page.evaluate(() => {
      const element = document.getElementById('nk-lens-popover-host')!;
      const style = getComputedStyle(element);
      return {
        display: style.display,
        visibility: style.visibility,
        position: style.position,
        zIndex: style.zIndex,
      };
    });
    expect(host).toEqual({
      display: 'block',
      visibility: 'visible',
      position: 'fixed',
      zIndex: '2147483647',
    });
    const page_ = await page.evaluate(() => ({
      includes: [1].includes(1),
      css: typeof window.CSS,
      observed: (window as unknown as { hostile: { mutations: number } }).hostile.mutations,
    }));
    expect(page_.includes, "the page's patched Array.prototype stays patched").toBe(false);
    expect(page_.css).toBe('undefined');
    expect(page_.observed, "the page's observer keeps running").toBeGreaterThan(0);
    await page.press('Escape');
    await page.close();
  });
});
