/**
 * User settings: shape, defaults and validation. Stored in `storage.sync` under `sync:settings`.
 * Every read goes through `parseSettings`, so missing or corrupt values fall back to defaults.
 */
// valibot: each check is a separate function, so the content script (which runs on every page)
// carries only the few it uses.
import * as v from 'valibot';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'off'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const SITE_MODES = ['everywhere', 'listed'] as const;

export const DWELL_MIN_MS = 0;
export const DWELL_MAX_MS = 2000;

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** `everywhere`: on every site except `disabledSites`; `listed`: only on `enabledSites`. */
  siteMode: (typeof SITE_MODES)[number];
  /** Hostnames, lowercase, without `www.`. */
  disabledSites: string[];
  enabledSites: string[];
  categories: { official: boolean; forum: boolean; context: boolean };
  dwellMs: number;
  highlightStyle: (typeof HIGHLIGHT_STYLES)[number];
  theme: (typeof THEMES)[number];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  siteMode: 'everywhere',
  disabledSites: [],
  enabledSites: [],
  categories: { official: true, forum: true, context: true },
  dwellMs: 300,
  highlightStyle: 'underline',
  theme: 'auto',
};

const hostList = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(253))),
  v.maxLength(5000),
);

/** Validates one stored value field by field: a bad field falls back to its default, the rest is kept. */
const fields = {
  siteMode: v.picklist(SITE_MODES),
  disabledSites: hostList,
  enabledSites: hostList,
  categories: v.object({ official: v.boolean(), forum: v.boolean(), context: v.boolean() }),
  dwellMs: v.pipe(v.number(), v.safeInteger(), v.minValue(DWELL_MIN_MS), v.maxValue(DWELL_MAX_MS)),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  theme: v.picklist(THEMES),
} satisfies {
  [K in Exclude<keyof Settings, 'version'>]: v.GenericSchema<unknown, Settings[K]>;
};

/**
 * Turns whatever is stored (nothing, an older version, garbage) into valid settings.
 * Never throws: unknown or invalid fields take their defaults.
 */
export function parseSettings(stored: unknown): Settings {
  const source = migrate(stored);
  const result: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = v.safeParse(fields[key], source[key]);
    if (parsed.success) (result as unknown as Record<string, unknown>)[key] = parsed.output;
  }
  return result;
}

/** Brings an older stored shape up to the current one. Version 0 (unversioned) kept a single `enabled` flag. */
function migrate(stored: unknown): Record<string, unknown> {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const value = { ...(stored as Record<string, unknown>) };
  if (value.version === undefined && typeof value.enabled === 'boolean' && !value.enabled) {
    value.siteMode = 'listed';
    value.enabledSites = [];
  }
  return value;
}
