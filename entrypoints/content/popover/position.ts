import { placeCard } from '@/utils/hover/placement';
import type { Anchor } from '@/entrypoints/content/popover/anchor';
import type { PopoverHost } from '@/entrypoints/content/popover/host';
import { watchResize } from '@/entrypoints/content/popover/resize-watch';

const PLACEMENT = { gap: 6, padding: 8 };

/**
 * Keeps the popover beside its name: below it, or above when it only fits there; moved sideways to
 * stay in the viewport but never over the name; its height capped to the room left, so it cannot
 * cover the name either. Places it at once, in one pass that reads the layout and then writes
 * the host's position (no layout is forced twice), and again on scrolling, resizing and reflow.
 * Returns the stop function.
 */
export function followAnchor(anchor: Anchor, host: PopoverHost): () => void {
  const update = () => {
    const boxes = Array.from(anchor.getClientRects());
    const card = host.measure();
    const { clientWidth: width, clientHeight: height } = document.documentElement;
    const placed = placeCard(boxes, card, { width, height }, PLACEMENT);
    // A card that fits keeps no cap: the same cap each time leaves the card's style untouched.
    host.limitHeight(card.height > placed.maxHeight ? placed.maxHeight : null);
    host.place(placed.left, placed.top);
  };
  update();
  // Scroll events do not bubble, but a capturing listener sees those of every scrolling element;
  // a name inside a shadow root scrolls within that root, which is listened to as well.
  const root = anchor.contextElement?.getRootNode();
  const targets: EventTarget[] = root instanceof ShadowRoot ? [window, root] : [window];
  const options = { capture: true, passive: true };
  for (const target of targets) target.addEventListener('scroll', update, options);
  window.addEventListener('resize', update, { passive: true });
  const stopResize = watchResize([anchor.contextElement, host.element], update);
  return () => {
    for (const target of targets) target.removeEventListener('scroll', update, options);
    window.removeEventListener('resize', update);
    stopResize();
  };
}
