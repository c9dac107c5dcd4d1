import { describe, expect, it } from 'vitest';
import { liveBlogPage } from '@/scripts/bench/live-blog-page';
import { syntheticRegistry } from '@/scripts/bench/synthetic-registry';

describe('liveBlogPage', () => {
  const registry = syntheticRegistry({ count: 100, seed: 1 });
  const page = liveBlogPage(registry, { seed: 5, bytes: 1_000_000 });

  it('is about the requested size and well closed', () => {
    const bytes = Buffer.byteLength(page.html);
    expect(bytes).toBeGreaterThanOrEqual(1_000_000);
    expect(bytes).toBeLessThan(1_010_000);
    expect(page.html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('holds thousands of names, some inside links and emphasis', () => {
    expect(page.mentions).toBeGreaterThan(2000);
    expect(page.html).toMatch(/<a href="\/topic\/synthetic-[^"]+">[^<]+<\/a>/);
    expect(page.html).toMatch(/<strong>[^<]+<\/strong>/);
  });

  it('lists block texts that read exactly as the page text', () => {
    const pageText = page.html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    for (const block of page.blocks.slice(0, 30)) expect(pageText).toContain(block);
  });
});
