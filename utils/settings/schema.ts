/**
 * User settings: shape, defaults and validation. Stored in `storage.sync` under `sync:settings`.
 * Every read goes through `parseSettings`, so missing or corrupt values fall back to defaults.
 */
// zod/mini: the same validation as zod with a fraction of its size, since this file is part of
// the content script that runs on every page.
import * as z from 'zod/mini';

// Extension pages, and many pages the content script runs in, forbid eval. Zod's JIT would probe
// for it with `new Function`, and the browser reports that probe as a CSP violation.
z.config({ jitless: true });

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

const hostList = z
  .array(z.string().check(z.minLength(1), z.maxLength(253)))
  .check(z.maxLength(5000));

/** Validates one stored value field by field: a bad field falls back to its default, the rest is kept. */
const fields = {
  siteMode: z.enum(SITE_MODES),
  disabledSites: hostList,
  enabledSites: hostList,
  categories: z.object({ official: z.boolean(), forum: z.boolean(), context: z.boolean() }),
  dwellMs: z.int().check(z.gte(DWELL_MIN_MS), z.lte(DWELL_MAX_MS)),
  highlightStyle: z.enum(HIGHLIGHT_STYLES),
  theme: z.enum(THEMES),
} satisfies { [K in Exclude<keyof Settings, 'version'>]: z.ZodMiniType<Settings[K]> };

/**
 * Turns whatever is stored (nothing, an older version, garbage) into valid settings.
 * Never throws: unknown or invalid fields take their defaults.
 */
export function parseSettings(stored: unknown): Settings {
  const source = migrate(stored);
  const result: Settings = structuredClone(DEFAULT_SETTINGS);
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = fields[key].safeParse(source[key]);
    if (parsed.success) (result as unknown as Record<string, unknown>)[key] = parsed.data;
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
