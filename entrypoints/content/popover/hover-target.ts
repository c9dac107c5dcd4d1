import type { VirtualElement } from '@floating-ui/dom';
import type { FrameEvent, ViewportRect } from '@/utils/messaging/protocol';
import type { PageMention } from '@/utils/page/types';
import type { Category } from '@/utils/recognition/types';
import { rangeAnchor } from '@/entrypoints/content/popover/anchor';

/** A name the popover can show: on this page, or in a same-origin child frame. */
export interface HoverTarget {
  key: string;
  /** Entity id. */
  id: string;
  category: Category;
  /** What the popover is placed beside. */
  anchor: VirtualElement;
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
  const rects = mention.rects.map(toDomRect);
  return {
    key: mention.key,
    id: mention.id,
    category: mention.category,
    anchor: {
      getBoundingClientRect: () => toDomRect(union(mention.rects)),
      getClientRects: () => rects,
    },
  };
}

function union(rects: ViewportRect[]): ViewportRect {
  return rects.reduce(
    (all, rect) => ({
      left: Math.min(all.left, rect.left),
      top: Math.min(all.top, rect.top),
      right: Math.max(all.right, rect.right),
      bottom: Math.max(all.bottom, rect.bottom),
    }),
    rects[0] ?? { left: 0, top: 0, right: 0, bottom: 0 },
  );
}

function toDomRect({ left, top, right, bottom }: ViewportRect): DOMRect {
  return new DOMRect(left, top, right - left, bottom - top);
}
