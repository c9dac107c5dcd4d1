import { defineBackground } from 'wxt/utils/define-background';
import lensJson from '@/data/generated/lens.json';
import type { LensData } from '@/utils/dataset/types';
import { profileLookup } from '@/utils/hover/hover-profile';
import { relayFrameEvents } from '@/utils/hover/relay-frame-events';
import { onMessage } from '@/utils/messaging/protocol';
import { answerOpenRequest } from '@/utils/sidepanel/answer-open-request';
import { openChromeSidePanel } from '@/utils/sidepanel/open-side-panel';
import { requestProfile } from '@/utils/sidepanel/requested-profile';

export default defineBackground(() => {
  relayFrameEvents();
  // The profiles live here, not in the content script that runs in every frame of every page.
  const profileOf = profileLookup(lensJson as LensData);
  onMessage('getProfile', ({ data }) => profileOf(data.id));
  // The listener runs synchronously on the message, so Chrome still sees the reader's click
  // when the side panel is opened.
  onMessage('openSidePanel', ({ data, sender }) =>
    answerOpenRequest(data.id, sender.tab?.id, {
      firefox: import.meta.env.FIREFOX,
      openPanel: openChromeSidePanel,
      requestProfile,
    }),
  );
});
