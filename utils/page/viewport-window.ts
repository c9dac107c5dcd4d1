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
 *
 * Once the page has been still for a moment, the observer rests: it keeps following only the
 * near elements, so frames drawn while the reader is not scrolling (a hover, a page's animation)
 * do not pay for the others. A scroll or a resize, or any report on a near element (the page's
 * layout moved under it), wakes it: it follows every element again and reports what came near.
 */

/** How far beyond the viewport, above and below, a block counts as near: one viewport height. */
const MARGIN = '100% 0px 100% 0px';
/** A parent with at most this many child elements is watched in place of its blocks… */
const SHARED_PARENT_LIMIT = 16;
/** …that hold at most this many names each. */
const SHARED_BLOCK_MENTIONS = 32;
/** How long the page must stay still (no scroll, no report) before the observer rests. */
export const REST_DELAY_MS = 400;

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
  /** Watched elements the observer follows: all of them, or only the near ones while resting. */
  const followed = new Set<Element>();
  /**
   * Watched elements the observer has reported on at least once. A page that is not rendered (a
   * background tab) gets no reports, and nothing it has not placed yet may be let go.
   */
  const placed = new WeakSet<Element>();
  let resting = false;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  /** Stops the scroll and resize listeners; set while anything is watched. */
  let listening: AbortController | undefined;

  const follow = (watched: Element): void => {
    if (followed.has(watched)) return;
    followed.add(watched);
    observer.observe(watched);
    if (listening !== undefined) return;
    listening = new AbortController();
    // Capturing: scroll events do not bubble, and scrolling elements inside the page count too.
    const options = { capture: true, passive: true, signal: listening.signal };
    addEventListener('scroll', wake, options);
    addEventListener('resize', wake, options);
  };
  const rest = (): void => {
    restTimer = undefined;
    resting = true;
    for (const watched of followed) {
      if (near.has(watched) || !placed.has(watched)) continue;
      followed.delete(watched);
      observer.unobserve(watched);
    }
  };
  /** The page moved or changed: rest again once it has been still for a moment. */
  const stir = (): void => {
    if (restTimer !== undefined) clearTimeout(restTimer);
    restTimer = setTimeout(rest, REST_DELAY_MS);
  };
  const wake = (): void => {
    stir();
    if (!resting) return;
    resting = false;
    for (const watched of blocksOf.keys()) follow(watched);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const box = entry.boundingClientRect;
        // An element without a box of its own (display: contents) cannot be placed: it stays painted.
        const isNear = entry.isIntersecting || (box.width === 0 && box.height === 0);
        placed.add(entry.target);
        if (isNear === near.has(entry.target)) continue;
        if (isNear) near.add(entry.target);
        else near.delete(entry.target);
        for (const block of blocksOf.get(entry.target) ?? []) change(block, isNear);
      }
      // While resting, any report means the layout moved under a near element, a block was added
      // or one was reported just as the observer came to rest: follow every element again.
      if (resting) wake();
      else stir();
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
      // Followed even while resting, until the observer has said whether it is near.
      follow(watched);
      stir();
    },
    unobserve(block) {
      const watched = watchedOf.get(block);
      if (watched === undefined) return;
      watchedOf.delete(block);
      const blocks = blocksOf.get(watched);
      blocks?.delete(block);
      if (blocks?.size !== 0) return;
      blocksOf.delete(watched);
      followed.delete(watched);
      observer.unobserve(watched);
      near.delete(watched);
    },
    isNear(block) {
      const watched = watchedOf.get(block);
      return watched !== undefined && near.has(watched);
    },
    disconnect() {
      observer.disconnect();
      listening?.abort();
      listening = undefined;
      resting = false;
      if (restTimer !== undefined) clearTimeout(restTimer);
      restTimer = undefined;
      near.clear();
      followed.clear();
      blocksOf.clear();
      watchedOf.clear();
    },
  };
}
