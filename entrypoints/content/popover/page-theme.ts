import { resolveTheme, type Theme } from '@/utils/hover/theme';
import type { Settings } from '@/utils/settings/schema';

/** The popover theme for this page: the setting, or in `auto` the page's own background colour. */
export function popoverTheme(setting: Settings['theme']): Theme {
  return resolveTheme(
    setting,
    pageBackground(),
    matchMedia('(prefers-color-scheme: dark)').matches,
  );
}

/** The first visible background behind the text: the body's, else the root element's. */
function pageBackground(): string | null {
  for (const element of [document.body, document.documentElement]) {
    if (!element) continue;
    const color = getComputedStyle(element).backgroundColor;
    if (!/^(transparent|rgba\(0, 0, 0, 0\))$/.test(color)) return color;
  }
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return scheme === 'dark' ? 'rgb(0, 0, 0)' : null;
}
