import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/settings/schema';

/** The settings live in `storage.sync` under this key (`sync:settings`). */
const KEY = 'settings';

const area = () => browser.storage.sync;

/** The current settings, validated; defaults where nothing valid is stored. */
export async function getSettings(): Promise<Settings> {
  try {
    return parseSettings((await area().get(KEY))[KEY]);
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await getSettings()));
  await area().set({ [KEY]: next });
  return next;
}

export async function resetSettings(): Promise<void> {
  await area().set({ [KEY]: structuredClone(DEFAULT_SETTINGS) });
}

/**
 * Calls `listener` with validated settings whenever the stored value changes in any context (a
 * write of an equal value is not a change). Returns the unsubscribe function.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => {
    const change = changes[KEY];
    if (!change || JSON.stringify(change.newValue) === JSON.stringify(change.oldValue)) return;
    listener(parseSettings(change.newValue));
  };
  area().onChanged.addListener(onChanged);
  return () => area().onChanged.removeListener(onChanged);
}
