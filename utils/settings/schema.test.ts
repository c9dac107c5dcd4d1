import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/settings/schema';

const custom: Settings = {
  version: 1,
  siteMode: 'listed',
  disabledSites: ['a.org'],
  enabledSites: ['nknews.org'],
  categories: { official: true, forum: false, context: true },
  dwellMs: 800,
  highlightStyle: 'background',
  theme: 'dark',
};

describe('parseSettings', () => {
  it.each([undefined, null, 42, 'settings', [], [1, 2], true])(
    'returns the defaults for %j',
    (stored) => {
      expect(parseSettings(stored)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('keeps valid settings as they are', () => {
    expect(parseSettings(custom)).toEqual(custom);
  });

  it('replaces each corrupt field by its default and keeps the valid ones', () => {
    const parsed = parseSettings({
      ...custom,
      siteMode: 'sometimes',
      dwellMs: -5,
      highlightStyle: 42,
      categories: { official: 'yes', forum: false, context: true },
      enabledSites: 'nknews.org',
    });
    expect(parsed).toEqual({
      ...custom,
      siteMode: DEFAULT_SETTINGS.siteMode,
      dwellMs: DEFAULT_SETTINGS.dwellMs,
      highlightStyle: DEFAULT_SETTINGS.highlightStyle,
      categories: DEFAULT_SETTINGS.categories,
      enabledSites: DEFAULT_SETTINGS.enabledSites,
    });
  });

  it('refuses out-of-range and fractional dwell delays', () => {
    expect(parseSettings({ dwellMs: 2001 }).dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    expect(parseSettings({ dwellMs: 12.5 }).dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    expect(parseSettings({ dwellMs: 2000 }).dwellMs).toBe(2000);
  });

  it('drops unknown fields and always writes the current version', () => {
    const parsed = parseSettings({ ...custom, version: 99, colour: 'red' });
    expect(parsed).toEqual(custom);
    expect(parsed.version).toBe(1);
  });

  it('drops unknown keys inside a nested field', () => {
    const parsed = parseSettings({ ...custom, categories: { ...custom.categories, extra: true } });
    expect(parsed.categories).toEqual(custom.categories);
  });

  it('refuses a dwell delay that is not a finite number', () => {
    for (const dwellMs of [Number.NaN, Number.POSITIVE_INFINITY, '800', null]) {
      expect(parseSettings({ dwellMs }).dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    }
  });

  it('refuses empty or overlong host names and overlong lists', () => {
    expect(parseSettings({ disabledSites: ['a.org', ''] }).disabledSites).toEqual([]);
    expect(parseSettings({ disabledSites: ['x'.repeat(254)] }).disabledSites).toEqual([]);
    expect(parseSettings({ disabledSites: ['x'.repeat(253)] }).disabledSites).toEqual([
      'x'.repeat(253),
    ]);
    const many = Array.from({ length: 5001 }, (_, i) => `site${i}.org`);
    expect(parseSettings({ enabledSites: many }).enabledSites).toEqual([]);
    expect(parseSettings({ enabledSites: many.slice(0, 5000) }).enabledSites).toHaveLength(5000);
  });

  it('does not share the default objects with its result', () => {
    const parsed = parseSettings(undefined);
    parsed.categories.official = false;
    parsed.disabledSites.push('x.org');
    expect(DEFAULT_SETTINGS.categories.official).toBe(true);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('migration from the unversioned shape', () => {
  it('turns `enabled: false` into "only on listed sites" with an empty list', () => {
    const parsed = parseSettings({ enabled: false, disabledSites: ['a.org'], theme: 'light' });
    expect(parsed.siteMode).toBe('listed');
    expect(parsed.enabledSites).toEqual([]);
    expect(parsed.disabledSites).toEqual(['a.org']);
    expect(parsed.theme).toBe('light');
  });

  it('keeps NK Lens on everywhere for `enabled: true`', () => {
    expect(parseSettings({ enabled: true }).siteMode).toBe('everywhere');
  });

  it('ignores `enabled` once the stored value has a version', () => {
    expect(parseSettings({ version: 1, enabled: false }).siteMode).toBe('everywhere');
  });
});
