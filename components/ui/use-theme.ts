import { useEffect } from 'preact/hooks';
import type { Settings } from '@/utils/settings/schema';

/** Applies the theme setting to the page; `auto` follows the system (prefers-color-scheme). */
export function useTheme(settings: Settings | null): void {
  const theme = settings?.theme ?? 'auto';
  useEffect(() => {
    if (theme === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
