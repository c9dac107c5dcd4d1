import type { Settings } from '@/utils/settings/schema';

export type Theme = 'light' | 'dark';

/**
 * The popover's colours. `auto` matches the page the reader is looking at when its background is
 * known (a dark card on a dark page, a light one on a light page), and otherwise follows the
 * system's `prefers-color-scheme`.
 */
export function resolveTheme(
  setting: Settings['theme'],
  pageBackground: string | null,
  prefersDark: boolean,
): Theme {
  if (setting !== 'auto') return setting;
  const luminance = pageBackground === null ? undefined : opaqueLuminance(pageBackground);
  if (luminance === undefined) return prefersDark ? 'dark' : 'light';
  return luminance < 0.4 ? 'dark' : 'light';
}

/** Relative luminance (0 black … 1 white) of a computed `rgb()`/`rgba()` colour that is mostly opaque. */
export function opaqueLuminance(color: string): number | undefined {
  const match =
    /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
      color.trim(),
    );
  if (!match) return undefined;
  const [, r, g, b, alphaText] = match as unknown as [string, string, string, string, string?];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number.parseFloat(alphaText) / 100
        : Number(alphaText);
  if (!(alpha >= 0.5)) return undefined;
  const linear = (channel: string) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
