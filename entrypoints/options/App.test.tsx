// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { getSettings } from '@/utils/settings/store';
import { App } from '@/entrypoints/options/App';

const checkbox = (name: RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('settings page', () => {
  it('loads corrupt stored settings as defaults without an error', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { siteMode: 42, categories: 'all', dwellMs: 'slow', theme: 'neon' },
    });
    render(<App />);
    await waitFor(() => expect(radio(/On every site/).checked).toBe(true));
    expect(checkbox(/Others/).checked).toBe(true);
    expect(radio(/Same as the system/).checked).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves a change at once', async () => {
    render(<App />);
    await waitFor(() => checkbox(/Others/));
    fireEvent.click(checkbox(/Others/));
    await waitFor(async () => expect((await getSettings()).categories.context).toBe(false));
    fireEvent.click(radio(/Only on the sites listed/));
    await waitFor(async () => expect((await getSettings()).siteMode).toBe('listed'));
    fireEvent.click(radio(/^Dark$/));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(screen.getByText(/^Saved./)).toBeTruthy();
  });

  it('adds and removes sites, and explains a bad entry without losing it', async () => {
    render(<App />);
    const entry = (await screen.findByLabelText('Add a site')) as HTMLInputElement;
    fireEvent.input(entry, { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect((await screen.findByRole('alert')).textContent).toContain('is not a web address');
    expect(entry.value).toBe('not a site');
    expect((await getSettings()).disabledSites).toEqual([]);

    fireEvent.input(entry, { target: { value: 'https://www.NKNews.org/2024/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['nknews.org']));
    expect(entry.value).toBe('');
    fireEvent.click(await screen.findByRole('button', { name: 'Remove nknews.org' }));
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual([]));
  });

  it('resets to defaults', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, dwellMs: 900, theme: 'light' },
    });
    render(<App />);
    await waitFor(() => expect(radio(/^Light$/).checked).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(radio(/Same as the system/).checked).toBe(true));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
