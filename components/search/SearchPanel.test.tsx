// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import Fuse from 'fuse.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '@/utils/dataset/types';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { foldQuery } from '@/utils/search/query-forms';
import { createSearch } from '@/utils/search/search-engine';
import { DatasetContext, indexDataset } from '@/components/profile/dataset-context';
import { fixtureDataset } from '@/components/profile/dataset.fixture';
import { SearchPanel } from '@/components/search/SearchPanel';

const toDoc = (profile: Profile): SearchDoc => ({
  id: profile.id,
  name: profile.name,
  spellings: [...profile.variants, ...profile.acronyms].map(foldQuery),
  hangul: profile.hangul,
  roles: profile.roles.map((role) => role.title),
  organisations: [],
  rank: profile.rank,
});
const docs = fixtureDataset.profiles.map(toDoc);
const search = createSearch(docs, Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs), (q) => q);

function renderSearch() {
  const onOpen = vi.fn();
  const panel = (suggestedQuery: string | null) => (
    <DatasetContext.Provider value={indexDataset(fixtureDataset)}>
      <SearchPanel search={search} onOpen={onOpen} autoFocus suggestedQuery={suggestedQuery} />
    </DatasetContext.Provider>
  );
  const { rerender } = render(panel(null));
  const input = screen.getByRole('combobox', { name: /Search people, forums/ }) as HTMLInputElement;
  const type = (text: string) => fireEvent.input(input, { target: { value: text } });
  const key = (name: string) => fireEvent.keyDown(input, { key: name });
  const suggest = (query: string | null) => rerender(panel(query));
  return { input, type, key, onOpen, suggest };
}

const optionNames = () =>
  screen.queryAllByRole('option').map((o) => o.querySelector('.result-name')?.textContent);

afterEach(cleanup);

describe('SearchPanel', () => {
  it('is focused on open and explains what to type', () => {
    const { input } = renderSearch();
    expect(document.activeElement).toBe(input);
    expect(screen.getByRole('status').textContent).toMatch(/Type a name/);
  });

  it('shows results as you type, a misspelled name first', () => {
    const { type } = renderSearch();
    type('kim sun kyong');
    expect(optionNames()[0]).toBe('Kim Son Gyong');
    expect(screen.getByRole('status').textContent).toMatch(/\d+ results?/);
  });

  it('finds Hangul', () => {
    const { type } = renderSearch();
    type('유엔총회');
    expect(optionNames()[0]).toBe('UN General Assembly');
  });

  it('moves with the arrow keys and opens the active result with Enter', () => {
    const { input, type, key, onOpen } = renderSearch();
    type('kim');
    const names = optionNames();
    expect(names.length).toBeGreaterThanOrEqual(2);
    key('ArrowDown');
    key('ArrowDown');
    const options = screen.getAllByRole('option');
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]?.id);
    key('ArrowUp');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    key('Enter');
    const first = fixtureDataset.profiles.find((p) => p.name === names[0]);
    expect(onOpen).toHaveBeenCalledWith(first?.id);
  });

  it('opens the first result with Enter when none is active, and a clicked one', () => {
    const { type, key, onOpen } = renderSearch();
    type('general assembly');
    key('Enter');
    expect(onOpen).toHaveBeenLastCalledWith('un-general-assembly');
    type('kim song');
    fireEvent.click(screen.getAllByRole('option')[0]!);
    expect(onOpen).toHaveBeenLastCalledWith('kim-song');
  });

  it('clears the query with Esc', () => {
    const { input, type, key } = renderSearch();
    type('kim');
    key('Escape');
    expect(input.value).toBe('');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('starts from a suggested query, selected so that typing replaces it', () => {
    const { input, suggest } = renderSearch();
    suggest('Kim Sun Kyung');
    expect(input.value).toBe('Kim Sun Kyung');
    expect(optionNames()[0]).toBe('Kim Son Gyong');
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 'Kim Sun Kyung'.length]);
    expect(document.activeElement).toBe(input);
  });

  it('leaves what the reader typed when a suggestion comes later', () => {
    const { input, type, suggest } = renderSearch();
    type('choe');
    suggest('Kim Sun Kyung');
    expect(input.value).toBe('choe');
    type('');
    suggest('Kim Song');
    expect(input.value).toBe('');
  });

  it('says so when nothing matches', () => {
    const { type, key, onOpen } = renderSearch();
    type('qqqzzzxx');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByRole('status').textContent).toContain('No profile matches “qqqzzzxx”');
    key('Enter');
    expect(onOpen).not.toHaveBeenCalled();
  });
});
