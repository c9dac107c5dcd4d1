import { describe, expect, it } from 'vitest';
import { parseSiteInput, withSite } from '@/utils/settings/site-input';

describe('parseSiteInput', () => {
  it.each([
    ['nknews.org', 'nknews.org'],
    ['  WWW.NKNews.org ', 'nknews.org'],
    ['https://www.nknews.org/2024/09/some-article/?x=1', 'nknews.org'],
    ['http://127.0.0.1:8080/page.html', '127.0.0.1'],
    ['sub.example.co.kr', 'sub.example.co.kr'],
  ])('reads %j as %j', (input, site) => {
    expect(parseSiteInput(input)).toEqual({ ok: true, site });
  });

  it.each(['', '   ', 'not a site', 'https://', 'exa mple.com', '-bad-.com'])(
    'refuses %j with an explanation',
    (input) => {
      const result = parseSiteInput(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    },
  );
});

describe('withSite', () => {
  it('adds once and keeps the list sorted', () => {
    expect(withSite(['b.org', 'd.org'], 'c.org')).toEqual(['b.org', 'c.org', 'd.org']);
    expect(withSite(['b.org'], 'b.org')).toEqual(['b.org']);
  });
});
