import type { FrameEvent } from '@/utils/messaging/protocol';
import type { PageMention } from '@/utils/page/types';
import type { Category } from '@/utils/recognition/types';
import { rangeAnchor, type Anchor } from '@/entrypoints/content/popover/anchor';

/** A name the popover can show: on this page, or in a same-origin child frame. */
export interface HoverTarget {
  key: string;
  /** Entity id. */
  id: string;
  category: Category;
  /** What the popover is placed beside. */
  anchor: Anchor;
  /** The mention itself when it is in this frame (keyboard navigation paints and scrolls to it). */
  mention?: PageMention;
}

export function pageTarget(mention: PageMention): HoverTarget {
  return {
    key: mention.key,
    id: mention.id,
    category: mention.category,
    anchor: rangeAnchor(mention.range),
    mention,
  };
}

type FrameMention = NonNullable<Extract<FrameEvent, { type: 'hover' }>['mention']>;

/** A name in a child frame, anchored to the rects that frame reported in this viewport. */
export function frameTarget(mention: FrameMention): HoverTarget {
  return {
    key: mention.key,
    id: mention.id,
    category: mention.category,
    anchor: { getClientRects: () => mention.rects },
  };
}
