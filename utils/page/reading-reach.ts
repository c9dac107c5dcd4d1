/**
 * How far down the page NK Lens reads ahead of the reader. A block that starts more than
 * READ_AHEAD_SCREENS viewport heights below the viewport waits until the reader comes near it;
 * blocks above the viewport count as reached (a reader who jumps down the page has passed them).
 */

/**
 * Viewport heights read below the viewport: a block is read one viewport before the highlight
 * painter (which registers one viewport around the viewport) needs its names.
 */
export const READ_AHEAD_SCREENS = 2;
/** Makes everything above and beside the viewport count as reached. */
const EVERYWHERE_PX = 1e6;

/**
 * Where an element lies from the reader: starting beyond the reach, wholly within it (with, in
 * practice, everything inside it), or across its edge.
 */
export type Placement = 'beyond' | 'within' | 'across';

export interface ReadingReach {
  /** Where `element` lies. Reads its layout box. */
  placeOf(element: Element): Placement;
  /** Calls `onReached` once `element` comes within reach; replaces the previous watch. */
  watch(element: Element, onReached: () => void): void;
  /** Stops watching. */
  disconnect(): void;
}

export function createReadingReach(doc: Document): ReadingReach {
  let observer: IntersectionObserver | undefined;
  let watched: Element | undefined;
  let reached: (() => void) | undefined;

  const unwatch = (): void => {
    if (watched !== undefined) observer?.unobserve(watched);
    watched = undefined;
    reached = undefined;
  };

  const onEntries = (entries: IntersectionObserverEntry[]): void => {
    const callback = reached;
    const near = entries.some((entry) => entry.target === watched && entry.isIntersecting);
    if (callback === undefined || !near) return;
    unwatch();
    callback();
  };

  return {
    placeOf(element) {
      const limit = (doc.defaultView?.innerHeight ?? 0) * (1 + READ_AHEAD_SCREENS);
      const box = element.getBoundingClientRect();
      if (box.top > limit) return 'beyond';
      // A box of no size (`display: contents`, nothing laid out) says nothing of what it holds.
      if (box.width === 0 && box.height === 0) return 'across';
      return box.bottom <= limit ? 'within' : 'across';
    },
    watch(element, onReached) {
      if (watched !== element) {
        unwatch();
        // The document as root: in a child frame the reach is measured in that frame's viewport.
        observer ??= new IntersectionObserver(onEntries, {
          root: doc,
          rootMargin: `${EVERYWHERE_PX}px ${EVERYWHERE_PX}px ${READ_AHEAD_SCREENS * 100}% ${EVERYWHERE_PX}px`,
        });
        watched = element;
        observer.observe(element);
      }
      reached = onReached;
    },
    disconnect() {
      unwatch();
      observer?.disconnect();
      observer = undefined;
    },
  };
}
