import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { getSettings, resetSettings, updateSettings, watchSettings } from '@/utils/settings/store';

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

beforeEach(() => fakeBrowser.reset());

describe('settings store', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads a stored value field by field, corrupt fields as their defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', dwellMs: 'slow' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('migrates the unversioned shape on read', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false } });
    expect((await getSettings()).siteMode).toBe('listed');
  });

  it('writes an update validated, under sync:settings', async () => {
    const next = await updateSettings((current) => ({ ...current, dwellMs: 900, theme: 'light' }));
    expect(next).toEqual({ ...DEFAULT_SETTINGS, dwellMs: 900, theme: 'light' });
    expect(await stored()).toEqual(next);
    const refused = await updateSettings((current) => ({ ...current, dwellMs: 99_999 }));
    expect(refused.dwellMs).toBe(DEFAULT_SETTINGS.dwellMs);
    expect(await stored()).toEqual(refused);
  });

  it('resets to the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await resetSettings();
    expect(await stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells a watcher about each change, validated, until it unsubscribes', async () => {
    const seen: Settings[] = [];
    const listener = vi.fn((settings: Settings) => seen.push(settings));
    const stop = watchSettings(listener);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await fakeBrowser.storage.sync.set({ settings: { version: 1, highlightStyle: 'neon' } });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'dark' }, DEFAULT_SETTINGS]);
    await fakeBrowser.storage.sync.set({ other: 1 });
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('does not call a write of an equal value a change', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    const listener = vi.fn();
    watchSettings(listener);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('tells a watcher when the settings are removed: the defaults apply', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    const listener = vi.fn();
    watchSettings(listener);
    await fakeBrowser.storage.sync.remove('settings');
    expect(listener).toHaveBeenCalledWith(DEFAULT_SETTINGS);
  });
});
