/** The harness itself: what tests rely on it to see, it sees, in both browsers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureUrl, launch, type Session } from '@/tests/browser/harness';

describe.each(BROWSERS)('%s', (browserName) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(browserName);
  });
  afterAll(() => session?.close());

  it('passes arguments to page functions and returns their awaited results', async () => {
    const page = await session.openPage(fixtureUrl('smoke.html'));
    const result = await page.evaluate(
      (a: number, b: { word: string }) =>
        new Promise<string>((resolve) => setTimeout(() => resolve(`${a}-${b.word}`), 10)),
      7,
      { word: 'lens' },
    );
    expect(result).toBe('7-lens');
    expect(page.url()).toBe(fixtureUrl('smoke.html'));
    await page.close();
  });

  it('reports console errors and uncaught errors of a web page', async () => {
    const page = await session.openPage(fixtureUrl('smoke.html'));
    await page.evaluate(() => {
      console.error('probe: console');
      setTimeout(() => {
        throw new Error('probe: thrown');
      }, 0);
    });
    await page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 50)));
    const errors = page.consoleErrors().join('\n');
    expect(errors).toContain('probe: console');
    expect(errors).toContain('probe: thrown');
    await page.close();
  });

  it('reports uncaught errors of an extension page', async () => {
    const page = await session.openPage(session.extensionPageUrl('options.html'));
    expect(page.url()).toBe(session.extensionPageUrl('options.html'));
    expect(await page.evaluate(() => location.protocol)).toMatch(/^(chrome|moz)-extension:$/);
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('probe: extension page');
      }, 0);
    });
    await page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 50)));
    expect(page.consoleErrors().join('\n')).toContain('probe: extension page');
    await page.close();
  });

  it('types into and clicks on the page', async () => {
    const page = await session.openPage(fixtureUrl('smoke.html'));
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      input.style.cssText = 'position:fixed;left:0;top:0;width:200px;height:40px';
      document.body.append(input);
    });
    await page.click(100, 20);
    await page.type('Choe Son Hui');
    await page.press('Backspace');
    expect(
      await page.evaluate(() => (document.getElementById('probe') as HTMLInputElement).value),
    ).toBe('Choe Son Hu');
    await page.close();
  });
});
