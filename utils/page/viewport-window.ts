/**
 * Which blocks of the page are in or near the viewport. Only their mentions are registered as
 * highlights: Chromium re-validates every registered highlight range in the first frame after any
 * change to the document (≈ 85 ms with the 10,000 names of a 1 MB live blog), so registering
 * the names a reader can see, not all of them, keeps every frame of the page cheap.
 */

/** How far beyond the viewport, above and below, a block counts as near: one viewport height. */
const MARGIN = '100% 0px 100% 0px';

export interface ViewportWindow {
  /** Starts following `block`; `change` runs when it comes near the viewport or leaves it. */
  observe(block: Element): void;
  unobserve(block: Element): void;
  isNear(block: Element): boolean;
  disconnect(): void;
}

export function createViewportWindow(
  change: (block: Element, near: boolean) => void,
): ViewportWindow {
  const near = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        // A block without a box of its own (display: contents) cannot be placed: it stays painted.
        const isNear = entry.isIntersecting || (box.width === 0 && box.height === 0);
        if (isNear === near.has(entry.target)) continue;
        if (isNear) near.add(entry.target);
        else near.delete(entry.target);
        change(entry.target, isNear);
      }
    },
    { rootMargin: MARGIN },
  );
  return {
    observe: (block) => observer.observe(block),
    unobserve(block) {
      observer.unobserve(block);
      near.delete(block);
    },
    isNear: (block) => near.has(block),
    disconnect() {
      observer.disconnect();
      near.clear();
    },
  };
}
