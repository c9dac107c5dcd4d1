import { defineBackground } from 'wxt/utils/define-background';
import { onMessage, type OpenSidePanelResult } from '@/utils/messaging/protocol';
import { requestProfile } from '@/utils/sidepanel/requested-profile';
import { FIREFOX_SIDEBAR_HINT, openChromeSidePanel } from '@/utils/sidepanel/open-side-panel';

export default defineBackground(() => {
  // The listener runs synchronously on the message, so Chrome still sees the reader's click
  // when `sidePanel.open` is called: it must come before any await.
  onMessage(
    'openSidePanel',
    ({ data, sender }): OpenSidePanelResult | Promise<OpenSidePanelResult> => {
      const tabId = sender.tab?.id;
      if (import.meta.env.FIREFOX || tabId === undefined) {
        void requestProfile(data.id);
        return { opened: false, hint: FIREFOX_SIDEBAR_HINT };
      }
      const opening = openChromeSidePanel(tabId);
      void requestProfile(data.id);
      return opening.then(
        (): OpenSidePanelResult => ({ opened: true }),
        (error: unknown): OpenSidePanelResult => ({
          opened: false,
          hint: `The side panel could not be opened (${error instanceof Error ? error.message : String(error)}). Open it from the NK Lens toolbar button.`,
        }),
      );
    },
  );
});
