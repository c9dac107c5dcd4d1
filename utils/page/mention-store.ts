/**
 * The page's mentions, grouped by the container whose runs they were found in. Hover finds a
 * text node's mentions through its ancestors, so nothing is kept per text node. Replacing a
 * container's mentions reports what left and what arrived so the highlights can follow.
 */
import { isShadowRoot } from '@/utils/page/element-kinds';
import type { Container, TextPiece } from '@/utils/page/text-runs';
import type { MentionIndex, PageMention } from '@/utils/page/types';

export interface FoundMention {
  mention: PageMention;
  /** The part of the mention in each text node it spans. */
  pieces: TextPiece[];
}

interface Entry {
  mentions: PageMention[];
  /** The pieces of each of `mentions`, in the same order. */
  pieces: TextPiece[][];
  /** The container's shadow root when it lies in one. */
  shadow: ShadowRoot | undefined;
}

export interface MentionStore extends MentionIndex {
  /** Replaces the mentions of `container`; returns the mentions it had before. */
  replace(container: Container, found: FoundMention[]): PageMention[];
  /** Drops the mentions of containers or text nodes no longer in the document; returns them. */
  sweep(): PageMention[];
  /** Drops the mentions of `root` and of every container inside it; returns them. */
  forgetWithin(root: Container): PageMention[];
  /** Drops everything; returns what was there. */
  clear(): PageMention[];
  /** Entity id → number of mentions (kept up to date, not recounted). */
  counts(): Map<string, number>;
  /** Calls the change listeners (once per batch of updates). */
  notify(): void;
}

export function createMentionStore(doc: Document): MentionStore {
  const byContainer = new Map<Container, Entry>();
  const counts = new Map<string, number>();
  /** Shadow root → how many containers in it hold mentions. */
  const shadows = new Map<ShadowRoot, number>();
  const listeners = new Set<() => void>();
  let ordered: PageMention[] | null = null;

  const forget = (container: Container): PageMention[] => {
    const entry = byContainer.get(container);
    if (entry === undefined) return [];
    byContainer.delete(container);
    for (const { id } of entry.mentions) adjust(counts, id, -1);
    if (entry.shadow !== undefined) adjust(shadows, entry.shadow, -1);
    ordered = null;
    return entry.mentions;
  };

  return {
    replace(container, found) {
      const removed = forget(container);
      if (found.length === 0) return removed;
      const mentions: PageMention[] = [];
      const pieces: TextPiece[][] = [];
      for (const item of found) {
        mentions.push(item.mention);
        pieces.push(item.pieces);
        adjust(counts, item.mention.id, 1);
      }
      const root = container.getRootNode();
      const shadow = isShadowRoot(root) ? root : undefined;
      if (shadow !== undefined) adjust(shadows, shadow, 1);
      byContainer.set(container, { mentions, pieces, shadow });
      ordered = null;
      return removed;
    },

    sweep() {
      const removed: PageMention[] = [];
      for (const [container, entry] of [...byContainer]) {
        if (!container.isConnected || entry.pieces.some(hasDisconnectedPiece)) {
          removed.push(...forget(container));
        }
      }
      return removed;
    },

    forgetWithin(root) {
      const removed: PageMention[] = [];
      for (const container of [...byContainer.keys()]) {
        if (root === container || root.contains(container)) removed.push(...forget(container));
      }
      return removed;
    },

    clear() {
      const removed = [...byContainer.values()].flatMap((entry) => entry.mentions);
      byContainer.clear();
      counts.clear();
      shadows.clear();
      ordered = null;
      return removed;
    },

    counts: () => new Map(counts),

    // A text node's mentions are in the entry of the container whose runs it is in: one of its
    // ancestors, most often its parent or grandparent.
    mentionAt(node, offset) {
      for (let at = node.parentNode; at !== null; at = at.parentNode) {
        const entry = byContainer.get(at as Container);
        if (entry === undefined) continue;
        const index = entry.pieces.findIndex((pieces) =>
          pieces.some(
            (piece) => piece.node === node && piece.start <= offset && offset < piece.end,
          ),
        );
        if (index !== -1) return entry.mentions[index];
      }
      return undefined;
    },

    mentions() {
      ordered ??= inDocumentOrder(doc, byContainer);
      return [...ordered];
    },

    // Asked only while a popover is open, after a change: a walk costs less than keeping a set
    // of every key up to date while a long page is scanned.
    has(key) {
      for (const entry of byContainer.values()) {
        for (const mention of entry.mentions) if (mention.key === key) return true;
      }
      return false;
    },

    shadowRoots: () => [...shadows.keys()],

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    notify() {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          console.error('NK Lens: mention listener failed', error);
        }
      }
    },
  };
}

function hasDisconnectedPiece(pieces: readonly TextPiece[]): boolean {
  return pieces.some((piece) => !piece.node.isConnected);
}

/** Adds `by` to the tally of `key`, dropping tallies that reach zero. */
function adjust<K>(tally: Map<K, number>, key: K, by: number): void {
  const next = (tally.get(key) ?? 0) + by;
  if (next === 0) tally.delete(key);
  else tally.set(key, next);
}

/**
 * The mentions of every container still in the document, in document order: one walk over the
 * document (and its open shadow roots, placed where their hosts are). Sorting containers with
 * `compareDocumentPosition` instead costs a scan of siblings per comparison, far slower on long
 * pages.
 */
function inDocumentOrder(doc: Document, byContainer: Map<Container, Entry>): PageMention[] {
  const ordered: PageMention[] = [];
  const visit = (root: Node): void => {
    const own = byContainer.get(root as Container);
    if (own !== undefined) ordered.push(...own.mentions);
    const walker = doc.createTreeWalker(root, 1);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const entry = byContainer.get(node as Element);
      if (entry !== undefined) ordered.push(...entry.mentions);
      const shadow = (node as Element).shadowRoot;
      if (shadow !== null) visit(shadow);
    }
  };
  if (byContainer.size > 0) visit(doc);
  return ordered;
}
