/**
 * Renders assets/icon.svg to public/icon/{16,32,48,96,128}.png with headless Chromium, so the
 * toolbar and store icons always match the one drawing. Run: `npm run icons`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { missingBrowser } from '@/scripts/browsers';
import { browserExecutable } from '@/tests/browser/extension-build';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'assets/icon.svg');
const OUT_DIR = join(ROOT, 'public/icon');

const missing = missingBrowser(['chromium']);
if (missing) {
  console.error(missing);
  process.exit(1);
}

const svg = readFileSync(SOURCE, 'utf8');
mkdirSync(OUT_DIR, { recursive: true });
const browser = await chromium.launch({
  executablePath: browserExecutable('chromium'),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<div style="width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</div>` +
        `</body></html>`,
    );
    const file = join(OUT_DIR, `${size}.png`);
    await page.screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
