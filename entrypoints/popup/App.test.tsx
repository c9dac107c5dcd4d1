// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Fuse from 'fuse.js';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';
import { getFreshRequest } from '@/utils/sidepanel/requested-profile';
import { DatasetContext, indexDataset } from '@/components/profile/dataset-context';
import { fixtureDataset } from '@/components/profile/dataset.fixture';
import { App } from '@/entrypoints/popup/App';

const docs: SearchDoc[] = fixtureDataset.profiles.map((p) => ({
  id: p.id,
  name: p.name,
  spellings: p.variants.map((v) => v.toLowerCase()),
  hangul: p.hangul,
  roles: [],
  organisations: [],
  rank: p.rank,
}));
const search = createSearch(docs, Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs), (q) => q);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('popup', () => {
  it('opens a found profile, goes back to search, and asks the side panel for it', async () => {
    render(
      <DatasetContext.Provider value={indexDataset(fixtureDataset)}>
        <App search={search} />
      </DatasetContext.Provider>,
    );
    const input = screen.getByRole('combobox');
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: 'kim sun kyung' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2, name: 'Kim Son Gyong' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    await waitFor(async () => expect((await getFreshRequest())?.id).toBe('kim-son-gyong'));
    // The test browser has no side panel: the reader is told, not left guessing.
    expect((await screen.findByText(/side panel could not be opened/)).textContent).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '← Back to search' }));
    expect(screen.getByRole('combobox')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'On this page' })).toBeTruthy();
  });
});
