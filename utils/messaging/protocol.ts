/**
 * Messages between the extension's contexts, typed once here and sent with @webext-core/messaging.
 * Content script ⇄ popup / side panel / background.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { HoverProfile } from '@/utils/hover/hover-profile';
import type { Category } from '@/utils/recognition/types';

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

/** A rectangle in the top frame's viewport (CSS px). */
export interface ViewportRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What happens in a same-origin child frame that the popover, which lives in the top frame, must
 * know: the name under the pointer there (`mention: null` when none), Escape, a click.
 */
export type FrameEvent =
  | {
      type: 'hover';
      mention: { key: string; id: string; category: Category; rects: ViewportRect[] } | null;
    }
  | { type: 'escape' }
  | { type: 'pointerdown' };

export interface ProtocolMap {
  /** Popup / side panel → content script (top frame): what is on the page. */
  getPageEntities(): PageEntities;
  /** Popup / side panel → content script: scroll to the next mention of `id` and flash it. Returns false when none. */
  jumpToMention(data: { id: string }): boolean;
  /**
   * Popup → content script (top frame): the text the reader selected on the page, as a search
   * query (`selectionQuery`); null when nothing that could be a name is selected.
   */
  getSelectionQuery(): string | null;
  /**
   * Content script (top frame) → background: the profile the popover shows for `id`, asked when
   * the reader starts to rest on a name; null when the dataset holds no such entity.
   */
  getProfile(data: { id: string }): HoverProfile | null;
  /** Content script → background: open the side panel on a profile (Chrome: `sidePanel.open` in the gesture). */
  openSidePanel(data: { id: string }): OpenSidePanelResult;
  /** Content script in a child frame → background → the same tab's top frame (frameId 0). */
  frameEvent(data: FrameEvent): void;
  /** Content script → everyone listening (side panel): the page's entities changed. */
  pageEntitiesChanged(data: PageEntities): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
