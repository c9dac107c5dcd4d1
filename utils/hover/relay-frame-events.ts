import { onMessage, sendMessage } from '@/utils/messaging/protocol';

/**
 * Background side of the frame relay: passes what a child frame's content script reports (the
 * name under the pointer, Escape, a click) to the top frame of the same tab, where the popover
 * lives. Extension messaging, unlike `window.postMessage`, is out of the page's sight and reach.
 */
export function relayFrameEvents(): void {
  onMessage('frameEvent', ({ data, sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !sender.frameId) return;
    // The top frame may run no popover (NK Lens switched off for the site): nothing to tell then.
    sendMessage('frameEvent', data, { tabId, frameId: 0 }).catch(() => undefined);
  });
}
