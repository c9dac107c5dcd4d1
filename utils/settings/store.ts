import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/utils/settings/schema';

const item = storage.defineItem<unknown>('sync:settings', { fallback: null });

/** The current settings, validated; defaults where nothing valid is stored. */
export async function getSettings(): Promise<Settings> {
  try {
    return parseSettings(await item.getValue());
  } catch {
    return structuredClone(DEFAULT_SETTINGS);
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(parseSettings(settings));
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await getSettings()));
  await item.setValue(next);
  return next;
}

export async function resetSettings(): Promise<void> {
  await item.setValue(structuredClone(DEFAULT_SETTINGS));
}

/** Calls `listener` with validated settings whenever they change in any context. Returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return item.watch((value) => listener(parseSettings(value)));
}
