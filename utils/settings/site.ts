import type { Settings } from '@/utils/settings/schema';

/** The key sites are listed under: lowercase hostname without a leading `www.`. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  const key = siteKey(hostname);
  return settings.siteMode === 'everywhere'
    ? !settings.disabledSites.includes(key)
    : settings.enabledSites.includes(key);
}

/** Settings with NK Lens switched on or off for one site, whatever the mode. */
export function withSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const key = siteKey(hostname);
  const listKey = settings.siteMode === 'everywhere' ? 'disabledSites' : 'enabledSites';
  const include = settings.siteMode === 'everywhere' ? !enabled : enabled;
  const list = settings[listKey].filter((site) => site !== key);
  return { ...settings, [listKey]: include ? [...list, key].sort() : list };
}
