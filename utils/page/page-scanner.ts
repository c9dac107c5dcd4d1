/**
 * Turns containers of the page into mentions, one container per step so the work can be sliced.
 * A deep scan covers a container and everything inside it; a shallow one rescans the container's
 * own runs plus any block inside it that was never scanned (text added or changed in place).
 */
import { isShadowRoot } from '@/utils/page/element-kinds';
import type { FoundMention, MentionStore } from '@/utils/page/mention-store';
import { piecesOf, readContainer, type Container } from '@/utils/page/text-runs';
import { ScannedMention } from '@/utils/page/scanned-mention';
import type { PageMention } from '@/utils/page/types';
import type { Category, Mention } from '@/utils/recognition/types';

export interface PageScannerOptions {
  store: MentionStore;
  /** Finds mentions in one run of text (resolving back-references against earlier runs). */
  recognize(text: string): Mention[];
  /** The category of an entity id; mentions of unknown ids are dropped. */
  categoryOf(id: string): Category | undefined;
  /** Called after each container with the mentions that left and those that arrived. */
  onMentions(removed: PageMention[], added: PageMention[]): void;
  /** Called once for each open shadow root found. */
  onShadowRoot(root: ShadowRoot): void;
}

export interface PageScanner {
  enqueue(container: Container, deep: boolean): void;
  /** Scans one queued container. Returns false when nothing is left to do. */
  step(): boolean;
  hasWork(): boolean;
  /** Forgets the queue and which containers were scanned (the store is left to the caller). */
  reset(): void;
}

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const stack: Container[] = [];
  const queued = new Map<Container, boolean>();
  let scanned = new WeakSet<Container>();
  let shadowRoots = new WeakSet<ShadowRoot>();
  let nextKey = 0;

  const enqueue = (container: Container, deep: boolean): void => {
    const already = queued.get(container);
    if (already === undefined) stack.push(container);
    queued.set(container, deep || already === true);
  };

  const scan = (container: Container, deep: boolean): void => {
    if (!container.isConnected) {
      options.onMentions(options.store.replace(container, []), []);
      return;
    }
    const content = readContainer(container);
    const block = isShadowRoot(container) ? container.host : container;
    const found: FoundMention[] = [];
    for (const run of content.runs) {
      for (const mention of options.recognize(run.text)) {
        const category = options.categoryOf(mention.id);
        const pieces = piecesOf(run, mention.start, mention.end);
        const first = pieces[0];
        const last = pieces[pieces.length - 1];
        if (category === undefined || first === undefined || last === undefined) continue;
        const text = run.exact
          ? mention.text
          : pieces.map((piece) => piece.node.data.slice(piece.start, piece.end)).join('');
        const key = `m${++nextKey}`;
        found.push({
          mention: new ScannedMention(
            key,
            mention.id,
            category,
            mention.backref,
            text,
            block,
            first,
            last,
          ),
          pieces,
        });
      }
    }
    const removed = options.store.replace(container, found);
    options.onMentions(
      removed,
      found.map((item) => item.mention),
    );
    scanned.add(container);
    for (let index = content.children.length - 1; index >= 0; index--) {
      const child = content.children[index] as Container;
      if (isShadowRoot(child) && !shadowRoots.has(child)) {
        shadowRoots.add(child);
        options.onShadowRoot(child);
      }
      if (deep || !scanned.has(child)) enqueue(child, true);
    }
  };

  return {
    enqueue,
    step() {
      const container = stack.pop();
      if (container === undefined) return false;
      const deep = queued.get(container) ?? false;
      queued.delete(container);
      try {
        scan(container, deep);
      } catch (error) {
        console.error('NK Lens: could not scan part of the page', error);
      }
      return stack.length > 0;
    },
    hasWork: () => stack.length > 0,
    reset() {
      stack.length = 0;
      queued.clear();
      scanned = new WeakSet();
      shadowRoots = new WeakSet();
    },
  };
}
