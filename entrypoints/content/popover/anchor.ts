import type { VirtualElement } from '@floating-ui/dom';
import { liveRange } from '@/utils/page/live-range';

/** A Floating UI reference that follows a mention's range as the page scrolls and reflows. */
export function rangeAnchor(mention: AbstractRange): VirtualElement {
  const range = liveRange(mention);
  const container = range.startContainer;
  const contextElement = container instanceof Element ? container : container.parentElement;
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    ...(contextElement ? { contextElement } : {}),
  };
}
