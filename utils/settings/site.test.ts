import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { isSiteEnabled, siteKey, withSiteEnabled } from '@/utils/settings/site';

const everywhere: Settings = structuredClone(DEFAULT_SETTINGS);
const listed: Settings = { ...structuredClone(DEFAULT_SETTINGS), siteMode: 'listed' };

describe('siteKey', () => {
  it('lowercases and drops a leading www.', () => {
    expect(siteKey('WWW.NKNews.org')).toBe('nknews.org');
    expect(siteKey('news.www.org')).toBe('news.www.org');
  });
});

describe('site switch', () => {
  it('in "everywhere" mode, turning a site off lists it as disabled and on again unlists it', () => {
    const off = withSiteEnabled(everywhere, 'www.nknews.org', false);
    expect(off.disabledSites).toEqual(['nknews.org']);
    expect(isSiteEnabled(off, 'nknews.org')).toBe(false);
    expect(isSiteEnabled(off, 'example.org')).toBe(true);
    const on = withSiteEnabled(off, 'nknews.org', true);
    expect(on.disabledSites).toEqual([]);
    expect(isSiteEnabled(on, 'nknews.org')).toBe(true);
  });

  it('in "listed" mode, only listed sites are on', () => {
    expect(isSiteEnabled(listed, 'nknews.org')).toBe(false);
    const on = withSiteEnabled(listed, 'nknews.org', true);
    expect(on.enabledSites).toEqual(['nknews.org']);
    expect(isSiteEnabled(on, 'www.nknews.org')).toBe(true);
    expect(withSiteEnabled(on, 'nknews.org', false).enabledSites).toEqual([]);
  });

  it('does not list a site twice', () => {
    const twice = withSiteEnabled(withSiteEnabled(everywhere, 'a.org', false), 'a.org', false);
    expect(twice.disabledSites).toEqual(['a.org']);
  });
});
