// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Fuse from 'fuse.js';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';
import { requestProfile } from '@/utils/sidepanel/requested-profile';
import { DatasetContext, indexDataset } from '@/components/profile/dataset-context';
import { fixtureDataset } from '@/components/profile/dataset.fixture';
import { App } from '@/entrypoints/sidepanel/App';

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

function renderPanel() {
  render(
    <DatasetContext.Provider value={indexDataset(fixtureDataset)}>
      <App search={search} />
    </DatasetContext.Provider>,
  );
}

const profileHeading = () => screen.getByRole('heading', { level: 2 }).textContent;

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('side panel', () => {
  it('opens on "This page" and explains when the tab cannot be read', async () => {
    renderPanel();
    expect(screen.getByRole('tab', { name: 'This page' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(
      (await screen.findByText(/no open tab|not running|browser page/i)).textContent,
    ).toBeTruthy();
  });

  it('shows a profile asked for by the popup or the popover, and goes back and forward', async () => {
    renderPanel();
    await requestProfile('kim-son-gyong');
    await waitFor(() => expect(profileHeading()).toBe('Kim Son Gyong'));
    expect(screen.getByRole('tab', { name: 'Profile' }).getAttribute('aria-selected')).toBe('true');

    const related = screen.getByRole('region', { name: 'Related' });
    fireEvent.click(within(related).getByRole('button', { name: /Kim Song/ }));
    await waitFor(() => expect(profileHeading()).toBe('Kim Song'));
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    await waitFor(() => expect(profileHeading()).toBe('Kim Son Gyong'));
    fireEvent.click(screen.getByRole('button', { name: 'Forward →' }));
    await waitFor(() => expect(profileHeading()).toBe('Kim Song'));
    expect((screen.getByRole('button', { name: 'Forward →' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('moves between sections with the arrow keys and searches from the Search tab', async () => {
    renderPanel();
    const pageTab = screen.getByRole('tab', { name: 'This page' });
    fireEvent.keyDown(pageTab, { key: 'ArrowRight' });
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Profile' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected')).toBe('true');
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'general assembly' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(profileHeading()).toBe('UN General Assembly'));
  });

  it('lists the corpus articles under "About the data"', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('tab', { name: 'About the data' }));
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(2);
    expect(articles[1]?.textContent).toContain('Associated Press');
    expect(articles[1]?.textContent).toContain('2 entities, 5 mentions');
    expect(articles[0]?.textContent).toContain('date inferred');
  });
});
