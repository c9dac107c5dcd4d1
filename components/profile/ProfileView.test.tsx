// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetContext, indexDataset } from '@/components/profile/dataset-context';
import { fixtureDataset } from '@/components/profile/dataset.fixture';
import { ProfileView } from '@/components/profile/ProfileView';

const data = indexDataset(fixtureDataset);

function renderProfile(id: string, onOpenEntity = vi.fn()) {
  const profile = data.profile(id);
  if (!profile) throw new Error(`no fixture profile ${id}`);
  render(
    <DatasetContext.Provider value={data}>
      <ProfileView profile={profile} onOpenEntity={onOpenEntity} />
    </DatasetContext.Provider>,
  );
  return onOpenEntity;
}

afterEach(cleanup);

describe('ProfileView', () => {
  it('shows names, spelling variants, Hangul and the category', () => {
    renderProfile('kim-son-gyong');
    expect(screen.getByRole('heading', { level: 2, name: 'Kim Son Gyong' })).toBeTruthy();
    expect(screen.getByText('김선경').getAttribute('lang')).toBe('ko');
    expect(screen.getByText('Kim Sun Kyung, Kim Son-gyong')).toBeTruthy();
    expect(screen.getByText(/North Korean officials/)).toBeTruthy();
  });

  it('gives every role its date, its source sentence and the source article', () => {
    renderProfile('kim-son-gyong');
    const roles = screen.getByRole('region', { name: 'Roles' });
    const items = within(roles).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(first.textContent).toContain('Vice Foreign Minister');
    expect(first.textContent).toMatch(/as of 29 Sept? 2025/);
    expect(first.textContent).toContain(
      'Speaking at the annual UN General Assembly high-level meeting',
    );
    expect(first.textContent).toContain(
      'North Korea says it will never give up its nuclear weapons',
    );
    expect(first.textContent).toContain('Associated Press');
  });

  it('shows quotes with their source and a dated timeline', () => {
    renderProfile('kim-son-gyong');
    const quotes = screen.getByRole('region', { name: 'Quotes' });
    expect(quotes.textContent).toContain('“We will never give up this position.”');
    expect(quotes.textContent).toContain('Associated Press');
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(timeline.querySelector('time')?.getAttribute('datetime')).toBe('2025-09-29');
    expect(timeline.textContent).toContain('“on Monday”');
  });

  it('opens related entities and the organisation of a role', () => {
    const onOpen = renderProfile('kim-son-gyong');
    const related = screen.getByRole('region', { name: 'Related' });
    fireEvent.click(within(related).getByRole('button', { name: /Kim Song/ }));
    expect(onOpen).toHaveBeenLastCalledWith('kim-song');
    const roles = screen.getByRole('region', { name: 'Roles' });
    fireEvent.click(within(roles).getByRole('button', { name: 'UN General Assembly' }));
    expect(onOpen).toHaveBeenLastCalledWith('un-general-assembly');
  });

  it('lists every evidence sentence under its article', () => {
    renderProfile('kim-son-gyong');
    const evidence = screen.getByRole('region', { name: /Evidence \(2 sentences\)/ });
    const articles = evidence.querySelectorAll('details');
    expect(articles).toHaveLength(2);
    expect(evidence.textContent).toContain('With China and Russia');
    expect(evidence.textContent).toContain(
      'Kim Sun Kyung—who oversees international organizations',
    );
  });

  it('cites the summary with the sentence it rests on', () => {
    renderProfile('kim-son-gyong');
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary.textContent).toContain('addressed the UN General Assembly in 2025');
    expect(summary.textContent).toContain('Sources (1)');
    expect(summary.textContent).toContain(
      'Vice Foreign Minister Kim Son Gyong delivered a firm message',
    );
  });

  it('leaves out the sections a profile has nothing for', () => {
    renderProfile('un-general-assembly');
    expect(screen.queryByRole('region', { name: 'Roles' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Quotes' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Summary' })).toBeNull();
    expect(screen.getByText('UNGA', { exact: false })).toBeTruthy();
  });
});
