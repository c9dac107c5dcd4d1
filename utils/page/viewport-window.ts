/**
 * Which blocks of the page are in or near the viewport. Only their mentions are registered as
 * highlights: Chromium re-validates every registered highlight range in the first frame after any
 * change to the document (≈ 85 ms with the 10,000 names of a 1 MB live blog), so registering
 * the names a reader can see, not all of them, keeps every frame of the page cheap.
 *
 * Blocks are watched through an IntersectionObserver, which Chromium also recomputes for every
 * observed element in the frame after any change (≈ 3 µs each). A block with few names whose
 * parent holds few elements (a post of a live blog, a list item's paragraphs) is watched through
 * that parent, shared with its siblings, so the observer follows far fewer elements than there
 * are blocks, and a near parent registers at most a few hundred names more than its near blocks.
 */

/** How far beyond the viewport, above and below, a block counts as near: one viewport height. */
const MARGIN = '100% 0px 100% 0px';
/** A parent with at most this many child elements is watched in place of its blocks… */
const SHARED_PARENT_LIMIT = 16;
/** …that hold at most this many names each. */
const SHARED_BLOCK_MENTIONS = 32;

export interface ViewportWindow {
  /**
   * Starts following `block`, which holds `mentions` names; `change` runs when it comes near the
   * viewport or leaves it.
   */
  observe(block: Element, mentions: number): void;
  unobserve(block: Element): void;
  isNear(block: Element): boolean;
  disconnect(): void;
}

/** The element watched for `block`: its parent when both are small, else the block itself. */
function watchedFor(block: Element, mentions: number): Element {
  if (mentions > SHARED_BLOCK_MENTIONS) return block;
  const parent = block.parentElement;
  return parent !== null && parent.childElementCount <= SHARED_PARENT_LIMIT ? parent : block;
}

export function createViewportWindow(
  change: (block: Element, near: boolean) => void,
): ViewportWindow {
  /** Watched elements near the viewport. */
  const near = new Set<Element>();
  /** Watched element → the blocks it stands for. */
  const blocksOf = new Map<Element, Set<Element>>();
  const watchedOf = new Map<Element, Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        // An element without a box of its own (display: contents) cannot be placed: it stays painted.
        const isNear = entry.isIntersecting || (box.width === 0 && box.height === 0);
        if (isNear === near.has(entry.target)) continue;
        if (isNear) near.add(entry.target);
        else near.delete(entry.target);
        for (const block of blocksOf.get(entry.target) ?? []) change(block, isNear);
      }
    },
    { rootMargin: MARGIN },
  );
  return {
    observe(block, mentions) {
      if (watchedOf.has(block)) return;
      const watched = watchedFor(block, mentions);
      watchedOf.set(block, watched);
      const blocks = blocksOf.get(watched);
      if (blocks !== undefined) {
        blocks.add(block);
        return;
      }
      blocksOf.set(watched, new Set([block]));
      observer.observe(watched);
    },
    unobserve(block) {
      const watched = watchedOf.get(block);
      if (watched === undefined) return;
      watchedOf.delete(block);
      const blocks = blocksOf.get(watched);
      blocks?.delete(block);
      if (blocks?.size !== 0) return;
      blocksOf.delete(watched);
      observer.unobserve(watched);
      near.delete(watched);
    },
    isNear(block) {
      const watched = watchedOf.get(block);
      return watched !== undefined && near.has(watched);
    },
    disconnect() {
      observer.disconnect();
      near.clear();
      blocksOf.clear();
      watchedOf.clear();
    },
  };
}
