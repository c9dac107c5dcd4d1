import type { Box } from '@/utils/hover/rects';
import { liveRange } from '@/utils/page/live-range';

/** What the popover is placed beside: the boxes of a name, read afresh at each placement. */
export interface Anchor {
  /** The name's boxes in viewport coordinates, one or more per line. */
  getClientRects(): ArrayLike<Box>;
  /** The element holding the name, watched for size changes. */
  contextElement?: Element;
}

/** An anchor that follows a mention's range as the page scrolls and reflows. */
export function rangeAnchor(mention: AbstractRange): Anchor {
  const range = liveRange(mention);
  const container = range.startContainer;
  const contextElement = container instanceof Element ? container : container.parentElement;
  return {
    getClientRects: () => range.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}
