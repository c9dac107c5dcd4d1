/**
 * The page's mentions, grouped by the container whose runs they were found in, with a per text
 * node lookup for hover. Replacing a container's mentions reports what left and what arrived so
 * the highlights can follow.
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
  nodes: Text[];
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
  const byNode = new Map<Text, { mention: PageMention; start: number; end: number }[]>();
  const counts = new Map<string, number>();
  /** Shadow root → how many containers in it hold mentions. */
  const shadows = new Map<ShadowRoot, number>();
  const listeners = new Set<() => void>();
  let ordered: PageMention[] | null = null;

  const forget = (container: Container): PageMention[] => {
    const entry = byContainer.get(container);
    if (entry === undefined) return [];
    byContainer.delete(container);
    for (const node of entry.nodes) byNode.delete(node);
    for (const { id } of entry.mentions) adjust(counts, id, -1);
    if (entry.shadow !== undefined) adjust(shadows, entry.shadow, -1);
    ordered = null;
    return entry.mentions;
  };

  return {
    replace(container, found) {
      const removed = forget(container);
      if (found.length === 0) return removed;
      const nodes = new Set<Text>();
      const mentions: PageMention[] = [];
      for (const { mention, pieces } of found) {
        mentions.push(mention);
        adjust(counts, mention.id, 1);
        for (const { node, start, end } of pieces) {
          nodes.add(node);
          const list = byNode.get(node);
          if (list === undefined) byNode.set(node, [{ mention, start, end }]);
          else list.push({ mention, start, end });
        }
      }
      const root = container.getRootNode();
      const shadow = isShadowRoot(root) ? root : undefined;
      if (shadow !== undefined) adjust(shadows, shadow, 1);
      byContainer.set(container, { mentions, nodes: [...nodes], shadow });
      ordered = null;
      return removed;
    },

    sweep() {
      const removed: PageMention[] = [];
      for (const [container, entry] of [...byContainer]) {
        if (!container.isConnected || entry.nodes.some((node) => !node.isConnected)) {
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
      byNode.clear();
      counts.clear();
      shadows.clear();
      ordered = null;
      return removed;
    },

    counts: () => new Map(counts),

    mentionAt(node, offset) {
      const list = byNode.get(node as Text);
      return list?.find((piece) => piece.start <= offset && offset < piece.end)?.mention;
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
