import type { Settings } from '@/utils/settings/schema';
import type { ActivePage } from '@/components/page/active-page';
import { PageEntityList } from '@/components/page/PageEntityList';
import { SiteSwitch } from '@/components/settings/SiteSwitch';

interface Props {
  state: ActivePage;
  settings: Settings | null;
  updateSettings: (change: (current: Settings) => Settings) => Promise<void>;
  onSelect: (id: string) => void;
  actionLabel: string;
  onOpenProfile?: (id: string) => void;
}

function hostnameOf(url: string): string | null {
  try {
    const { hostname, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : null;
  } catch {
    return null;
  }
}

/** What NK Lens found on the active tab, the site switch, or why there is nothing to show. */
export function ActivePageView(props: Props) {
  const { state, settings, updateSettings, onSelect, actionLabel, onOpenProfile } = props;
  if (state.status === 'loading') return <p class="status">Reading the page…</p>;
  if (state.status === 'unavailable') {
    return (
      <p class="notice" data-state="unavailable">
        {state.reason}
      </p>
    );
  }
  const { page } = state;
  const hostname = hostnameOf(page.url);
  return (
    <div class="active-page">
      {hostname && settings && (
        <SiteSwitch hostname={hostname} settings={settings} update={updateSettings} />
      )}
      {page.enabled ? (
        <PageEntityList
          page={page}
          onSelect={onSelect}
          actionLabel={actionLabel}
          onOpenProfile={onOpenProfile}
        />
      ) : (
        <p class="notice" data-state="disabled">
          NK Lens is off on this site. Switch it on above to mark names on this page.
        </p>
      )}
    </div>
  );
}
