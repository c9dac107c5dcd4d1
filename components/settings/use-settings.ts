import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/schema';
import { getSettings, updateSettings, watchSettings } from '@/utils/settings/store';

/** The stored settings (null until read), kept current across contexts, and a way to change them. */
export function useSettings(): [
  Settings | null,
  (change: (current: Settings) => Settings) => Promise<void>,
] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let cancelled = false;
    void getSettings().then((loaded) => {
      if (!cancelled) setSettings(loaded);
    });
    const stop = watchSettings(setSettings);
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  const update = async (change: (current: Settings) => Settings) => {
    setSettings(await updateSettings(change));
  };
  return [settings, update];
}
