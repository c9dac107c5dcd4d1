/**
 * Messages from the popup and side panel to a tab's content script (its top frame).
 *
 * Framed exactly as @webext-core/messaging frames them, so the content script's `onMessage`
 * handlers answer, but sent through the promise form of `tabs.sendMessage`: a tab without NK Lens
 * rejects here instead of leaving an unchecked `runtime.lastError`, which Firefox logs as an error.
 */
import { browser } from 'wxt/browser';
import type { ProtocolMap } from '@/utils/messaging/protocol';

type TabMessage = 'getPageEntities' | 'jumpToMention' | 'getSelectionQuery';

type Reply<K extends TabMessage> =
  | { res: ReturnType<ProtocolMap[K]>; err?: undefined }
  | { res?: undefined; err: { message?: string } };

let nextId = Math.floor(Math.random() * 10_000);

export async function sendToTab<K extends TabMessage>(
  tabId: number,
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const message = { id: nextId++, type, data, timestamp: Date.now() };
  const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as
    Reply<K> | undefined;
  if (!reply) throw new Error('NK Lens did not answer on this page.');
  if (reply.err) throw new Error(reply.err.message ?? 'NK Lens could not answer on this page.');
  return reply.res as ReturnType<ProtocolMap[K]>;
}
