/**
 * What the content script knows about the mentions on the current page. Read by the hover
 * popover and the side panel messages; written only by the page scanner.
 */
import type { Category } from '@/utils/recognition/types';

/** One recognised mention on the page. */
export interface PageMention {
  /** Stable for the lifetime of this mention on the page (a rescan of its block gives new ids). */
  key: string;
  /** Entity id (`LensEntity.id`). */
  id: string;
  category: Category;
  /**
   * Covers exactly the mention text, possibly across inline markup. Static: for geometry, make a
   * live range with `liveRange`.
   */
  range: StaticRange;
  /** True when a bare surname ("Kim said") was resolved to an earlier full mention. */
  backref: boolean;
  /** The block (or shadow host) the mention was read in: its place relative to the viewport. */
  block: Element;
  /** The mention text as it reads on the page (`range.toString()` when it was found). */
  text: string;
}

/** Read access to the page's mentions. */
export interface MentionIndex {
  /** The mention covering `offset` in the text node `node` (start inclusive, end exclusive), if any. */
  mentionAt(node: Node, offset: number): PageMention | undefined;
  /** Every current mention, in document order. Walks the document: not for every change. */
  mentions(): PageMention[];
  /** Whether the mention with this key is still on the page. */
  has(key: string): boolean;
  /** The distinct open shadow roots that hold mentions, for caret lookup to enter. */
  shadowRoots(): ShadowRoot[];
  /** Calls `listener` after each change to the set of mentions. Returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
}
