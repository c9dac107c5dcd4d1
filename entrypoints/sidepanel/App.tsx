import { useEffect, useState } from 'preact/hooks';
import type { Search } from '@/utils/search/search-engine';
import { getFreshRequest, watchRequestedProfile } from '@/utils/sidepanel/requested-profile';
import { AboutData } from '@/components/about/AboutData';
import { ActivePageView } from '@/components/page/ActivePageView';
import { sendToTab } from '@/components/page/tab-messages';
import { useActivePage } from '@/components/page/use-active-page';
import { useDataset } from '@/components/profile/dataset-context';
import {
  canGoBack,
  canGoForward,
  currentProfile,
  EMPTY_HISTORY,
  goBack,
  goForward,
  openProfile,
} from '@/components/profile/profile-history';
import { ProfileView } from '@/components/profile/ProfileView';
import { SearchPanel } from '@/components/search/SearchPanel';
import { useSettings } from '@/components/settings/use-settings';
import { Tabs } from '@/components/ui/Tabs';
import { useTheme } from '@/components/ui/use-theme';

const TABS = [
  { key: 'page', label: 'This page' },
  { key: 'profile', label: 'Profile' },
  { key: 'search', label: 'Search' },
  { key: 'about', label: 'About the data' },
] as const;

type TabKey = (typeof TABS)[number]['key'];

/** The side panel: the active tab's entities, full profiles with history, search, and the corpus. */
export function App({ search }: { search: Search }) {
  const { profile } = useDataset();
  const [settings, updateSettings] = useSettings();
  const [page] = useActivePage(true);
  const [tab, setTab] = useState<TabKey>('page');
  const [history, setHistory] = useState(EMPTY_HISTORY);
  const [jumpNote, setJumpNote] = useState<string | null>(null);
  useTheme(settings);

  const show = (id: string) => {
    setHistory((current) => openProfile(current, id));
    setTab('profile');
  };

  useEffect(() => {
    void getFreshRequest().then((request) => request && show(request.id));
    return watchRequestedProfile((request) => show(request.id));
  }, []);

  const jump = async (id: string) => {
    if (page.status !== 'ready') return;
    const name = profile(id)?.name ?? id;
    try {
      const found = await sendToTab(page.tabId, 'jumpToMention', { id });
      setJumpNote(found ? null : `${name} is no longer on the page.`);
    } catch {
      setJumpNote('The page did not answer. Reload it and try again.');
    }
  };

  const shownId = currentProfile(history);
  const shown = shownId ? profile(shownId) : undefined;

  return (
    <div class="sidepanel">
      <header class="app-header">
        <h1>NK Lens</h1>
      </header>
      <main>
        <Tabs tabs={TABS} selected={tab} onSelect={setTab} label="Side panel sections">
          {tab === 'page' && (
            <>
              <h2 class="visually-hidden">This page</h2>
              {jumpNote && (
                <p class="notice" role="status">
                  {jumpNote}
                </p>
              )}
              <ActivePageView
                state={page}
                settings={settings}
                updateSettings={updateSettings}
                onSelect={(id) => void jump(id)}
                actionLabel="Show on page"
                onOpenProfile={show}
              />
            </>
          )}
          {tab === 'profile' && (
            <>
              <div class="toolbar" role="group" aria-label="Profile history">
                <button
                  type="button"
                  disabled={!canGoBack(history)}
                  onClick={() => setHistory(goBack)}
                >
                  ← Back
                </button>
                <button
                  type="button"
                  disabled={!canGoForward(history)}
                  onClick={() => setHistory(goForward)}
                >
                  Forward →
                </button>
              </div>
              {shown ? (
                <ProfileView profile={shown} onOpenEntity={show} />
              ) : (
                <p class="empty">
                  No profile open yet. Pick a name under “This page”, search for one, or hover a
                  highlighted name on a page and choose “Open in side panel”.
                </p>
              )}
            </>
          )}
          {tab === 'search' && (
            <>
              <h2 class="visually-hidden">Search</h2>
              <SearchPanel search={search} onOpen={show} autoFocus />
            </>
          )}
          {tab === 'about' && (
            <>
              <h2>About the data</h2>
              <AboutData onOpenEntity={show} />
            </>
          )}
        </Tabs>
      </main>
    </div>
  );
}
