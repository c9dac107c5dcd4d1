import {
  autoUpdate,
  computePosition,
  flip,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';
import type { PopoverHost } from '@/entrypoints/content/popover/host';
import { watchResize } from '@/entrypoints/content/popover/resize-watch';

const GAP_PX = 6;
const VIEWPORT_PADDING_PX = 8;

/**
 * Keeps the popover beside its name: below it, or above when there is more room there; moved
 * sideways to stay in the viewport but never over the name; its height capped to the room left, so
 * it cannot cover the name either. Follows scrolling, resizing and reflow. Returns the stop function.
 */
export function followAnchor(anchor: VirtualElement, host: PopoverHost): () => void {
  const update = () => {
    void computePosition(anchor, host.element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(GAP_PX),
        flip({ padding: VIEWPORT_PADDING_PX }),
        shift({ padding: VIEWPORT_PADDING_PX }),
        size({
          padding: VIEWPORT_PADDING_PX,
          apply: ({ availableHeight }) => host.limitHeight(availableHeight),
        }),
      ],
    }).then(({ x, y }) => host.place(x, y));
  };
  // No layoutShift observer: on a long page it forces a layout of the whole document on every
  // show; scroll and resize listeners already keep the card in place. Size changes of the name's
  // element or of the card are watched here rather than by autoUpdate, whose observer would place
  // the card twice more (in the frame that first paints it and in the next) at the sizes it was
  // just placed with.
  const stopAutoUpdate = autoUpdate(anchor, host.element, update, {
    animationFrame: false,
    layoutShift: false,
    elementResize: false,
  });
  const stopResize = watchResize([anchor.contextElement, host.element], update);
  return () => {
    stopAutoUpdate();
    stopResize();
  };
}
