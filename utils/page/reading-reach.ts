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

export interface ReadingReach {
  /** Whether `element` starts beyond the reach. Reads its layout box. */
  isBeyond(element: Element): boolean;
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
    if (callback === undefined || !entries.some((entry) => entry.isIntersecting)) return;
    unwatch();
    callback();
  };

  return {
    isBeyond(element) {
      const height = doc.defaultView?.innerHeight ?? 0;
      return element.getBoundingClientRect().top > height * (1 + READ_AHEAD_SCREENS);
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
