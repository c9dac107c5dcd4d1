import type { Box } from '@/utils/hover/rects';
import { liveRange } from '@/utils/page/live-range';

/** What the popover is placed beside: the boxes of a name, read afresh at each placement. */
export interface Anchor {
  /** The name's boxes in viewport coordinates, one or more per line. */
  getClientRects(): ArrayLike<Box>;
  /** The element holding the name, watched for size changes. */
  contextElement?: Element;
}

/**
 * An anchor that follows a mention's range as the page scrolls and reflows. The live range it reads
 * is made when the popover is first placed: a name is looked up on every pointer move over it, and
 * each live range in a document is updated by the browser on every change to its DOM.
 */
export function rangeAnchor(mention: AbstractRange): Anchor {
  const container = mention.startContainer;
  const contextElement = container instanceof Element ? container : container.parentElement;
  let range: Range | undefined;
  return {
    getClientRects: () => (range ??= liveRange(mention)).getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}
