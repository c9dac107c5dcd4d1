/**
 * Messages between the extension's contexts, typed once here and sent with @webext-core/messaging.
 * Content script ⇄ popup / side panel / background.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

/** What the content script found in one tab (top frame plus same-origin frames). */
export interface PageEntities {
  url: string;
  title: string;
  /** Article date the page declares (`article:published_time`), ISO, if any. */
  published: string | null;
  /** Whether NK Lens is active on this page (site enabled). */
  enabled: boolean;
  entities: { id: string; count: number }[];
}

/**
 * What the background did with `openSidePanel`. Firefox opens its sidebar only from the extension's
 * own pages, so a page click gets `opened: false` and a hint to show the reader instead.
 */
export type OpenSidePanelResult = { opened: true } | { opened: false; hint: string };

export interface ProtocolMap {
  /** Popup / side panel → content script (top frame): what is on the page. */
  getPageEntities(): PageEntities;
  /** Popup / side panel → content script: scroll to the next mention of `id` and flash it. Returns false when none. */
  jumpToMention(data: { id: string }): boolean;
  /** Content script → background: open the side panel on a profile (Chrome: `sidePanel.open` in the gesture). */
  openSidePanel(data: { id: string }): OpenSidePanelResult;
  /** Content script → everyone listening (side panel): the page's entities changed. */
  pageEntitiesChanged(data: PageEntities): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
