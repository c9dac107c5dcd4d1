import type { Settings } from '@/utils/settings/schema';
import { isSiteEnabled, siteKey, withSiteEnabled } from '@/utils/settings/site';

interface Props {
  hostname: string;
  settings: Settings;
  update: (change: (current: Settings) => Settings) => Promise<void>;
}

/** "On this site": switches NK Lens on or off for one site. Open tabs follow at once. */
export function SiteSwitch({ hostname, settings, update }: Props) {
  const enabled = isSiteEnabled(settings, hostname);
  return (
    <label class="switch">
      <span>
        On this site <span class="note">({siteKey(hostname)})</span>
      </span>
      <input
        type="checkbox"
        role="switch"
        checked={enabled}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          void update((current) => withSiteEnabled(current, hostname, on));
        }}
      />
    </label>
  );
}
