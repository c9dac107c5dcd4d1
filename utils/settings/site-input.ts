import { siteKey } from '@/utils/settings/site';

export type SiteInput = { ok: true; site: string } | { ok: false; error: string };

const HOSTNAME =
  /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Reads what a reader typed into the site list: a hostname ("nknews.org") or a whole address
 * ("https://www.nknews.org/2024/..."). Returns the site key, or says why the input is not a site.
 */
export function parseSiteInput(input: string): SiteInput {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Type a site, for example nknews.org.' };
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return { ok: false, error: `“${text}” is not a web address.` };
  }
  const site = siteKey(hostname);
  if (!HOSTNAME.test(site)) return { ok: false, error: `“${text}” is not a web address.` };
  return { ok: true, site };
}

/** Adds a site key to a list, keeping it sorted and without duplicates. */
export function withSite(list: readonly string[], site: string): string[] {
  return [...new Set([...list, site])].sort();
}
