// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '@/components/popover/Popover';
import type { ProfileCard } from '@/utils/hover/profile-card';

const card: ProfileCard = {
  id: 'person.choe-son-hui',
  name: 'Choe Son Hui',
  hangul: '최선희',
  typeName: 'Person',
  northKorean: true,
  role: {
    title: 'Foreign Minister',
    affiliation: 'DPRK Ministry of Foreign Affairs',
    note: 'Latest known role, reported 10 September 2025',
  },
  summary: 'North Korea’s foreign minister.',
  excerpt: { kind: 'evidence', text: 'Choe Son-hui spoke in 2018.', source: 'Title, Site, 2025' },
};

function renderPopover(overrides: Partial<ProfileCard> = {}) {
  const actions = {
    onOpenSidePanel: vi.fn(),
    onCopyCitation: vi.fn(),
    onFindNext: vi.fn(),
    onClose: vi.fn(),
  };
  render(<Popover card={{ ...card, ...overrides }} theme="light" status="" {...actions} />);
  return actions;
}

describe('Popover', () => {
  afterEach(cleanup);

  it('is a dialog named by the canonical name', () => {
    renderPopover();
    const dialog = screen.getByRole('dialog', { name: 'Choe Son Hui' });
    expect(dialog.textContent).toContain('최선희');
    expect(dialog.textContent).toContain('North Korea');
    expect(dialog.textContent).toContain('Foreign Minister, DPRK Ministry of Foreign Affairs');
    expect(dialog.textContent).toContain('Title, Site, 2025');
  });

  it('renders page and dataset text as text, never as markup', () => {
    renderPopover({ summary: '<img src=x onerror="alert(1)">', name: '<b>Kim</b>' });
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: '<b>Kim</b>' })).toBeTruthy();
  });

  it('leaves out the flag, Hangul and role an entity does not have', () => {
    renderPopover({ northKorean: false, hangul: undefined, role: undefined, summary: '' });
    const text = screen.getByRole('dialog').textContent ?? '';
    expect(text).not.toContain('North Korea');
    expect(text).not.toContain('최선희');
    expect(text).not.toContain('Foreign Minister');
  });

  it('calls each action from its labelled button', () => {
    const actions = renderPopover();
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Find on page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(actions.onOpenSidePanel).toHaveBeenCalledOnce();
    expect(actions.onCopyCitation).toHaveBeenCalledOnce();
    expect(actions.onFindNext).toHaveBeenCalledOnce();
    expect(actions.onClose).toHaveBeenCalledOnce();
  });

  it('without an excerpt, shows no quotation and offers no citation to copy', () => {
    renderPopover({ excerpt: undefined, summary: 'Could not load the profile.' });
    const dialog = screen.getByRole('dialog', { name: 'Choe Son Hui' });
    expect(dialog.textContent).toContain('Could not load the profile.');
    expect(dialog.querySelector('blockquote')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy citation' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Find on page' })).toBeTruthy();
  });
});
