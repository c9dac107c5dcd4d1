import { browser } from 'wxt/browser';
import type { PageEntities } from '@/utils/messaging/protocol';
import { sendToTab } from '@/components/page/tab-messages';
import { restrictionOf } from '@/components/page/restricted-url';

export type ActivePage =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; page: PageEntities }
  | { status: 'unavailable'; tabId?: number; reason: string };

const NOT_RUNNING =
  'NK Lens is not running on this page. Browser pages, the add-on store and built-in viewers do not allow extensions; a page opened before NK Lens was installed or updated needs a reload.';

/** How long the page's content script gets to answer before the page counts as unavailable. */
const ANSWER_TIMEOUT_MS = 3000;

/** The active tab of this window and what NK Lens found on it, or why it cannot tell. */
export async function loadActivePage(): Promise<ActivePage> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined)
    return { status: 'unavailable', reason: 'There is no open tab in this window.' };
  const restriction = restrictionOf(tab.url);
  if (restriction) return { status: 'unavailable', tabId: tab.id, reason: restriction };
  try {
    const page = await withTimeout(
      sendToTab(tab.id, 'getPageEntities', undefined),
      ANSWER_TIMEOUT_MS,
    );
    return { status: 'ready', tabId: tab.id, page };
  } catch {
    return { status: 'unavailable', tabId: tab.id, reason: NOT_RUNNING };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The page did not answer.')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}
