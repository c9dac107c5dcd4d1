import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Search } from '@/utils/search/search-engine';
import { requestProfile } from '@/utils/sidepanel/requested-profile';
import {
  FIREFOX_SIDEBAR_HINT,
  openChromeSidePanel,
  openFirefoxSidebar,
} from '@/utils/sidepanel/open-side-panel';
import { useDataset } from '@/components/profile/dataset-context';
import { ProfileView } from '@/components/profile/ProfileView';
import { SearchPanel } from '@/components/search/SearchPanel';
import { useSelectionQuery } from '@/components/search/use-selection-query';
import { ActivePageView } from '@/components/page/ActivePageView';
import { useActivePage } from '@/components/page/use-active-page';
import { useSettings } from '@/components/settings/use-settings';
import { useTheme } from '@/components/ui/use-theme';

/** Starts opening the side panel; must run synchronously inside the click. */
function startOpeningPanel(tabId: number | undefined): Promise<void> {
  try {
    if (import.meta.env.FIREFOX) return openFirefoxSidebar();
    if (tabId === undefined) throw new Error('there is no tab to open it in.');
    return openChromeSidePanel(tabId);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** The toolbar popup: search, the profile found, and what is on the active tab. */
export function App({ search }: { search: Search }) {
  const { profile } = useDataset();
  const [settings, updateSettings] = useSettings();
  const [page] = useActivePage(true);
  const selected = useSelectionQuery();
  const [shown, setShown] = useState<string | null>(null);
  const [panelNote, setPanelNote] = useState<string | null>(null);
  useTheme(settings);

  const tabId = page.status === 'loading' ? undefined : page.tabId;
  const shownProfile = shown ? profile(shown) : undefined;

  const openInSidePanel = (id: string) => {
    const opening = startOpeningPanel(tabId);
    void requestProfile(id);
    opening.then(
      () => setPanelNote(null),
      (error: unknown) =>
        setPanelNote(
          import.meta.env.FIREFOX
            ? FIREFOX_SIDEBAR_HINT
            : `The side panel could not be opened: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
  };

  return (
    <div class="popup">
      <header class="app-header">
        <h1>NK Lens</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      <main class="popup-body">
        {shownProfile ? (
          <>
            <div class="toolbar">
              <button type="button" onClick={() => setShown(null)}>
                ← Back to search
              </button>
              <button
                type="button"
                class="primary"
                onClick={() => openInSidePanel(shownProfile.id)}
              >
                Open in side panel
              </button>
            </div>
            {panelNote && (
              <p class="notice" role="status">
                {panelNote}
              </p>
            )}
            <ProfileView profile={shownProfile} onOpenEntity={setShown} />
          </>
        ) : (
          <>
            <SearchPanel search={search} onOpen={setShown} autoFocus suggestedQuery={selected} />
            <section class="on-this-page" aria-labelledby="on-this-page-heading">
              <h2 id="on-this-page-heading">On this page</h2>
              <ActivePageView
                state={page}
                settings={settings}
                updateSettings={updateSettings}
                onSelect={setShown}
                actionLabel="Open profile"
              />
            </section>
          </>
        )}
      </main>
    </div>
  );
}
