/**
 * Turns containers of the page into mentions, one container per step so the work can be sliced.
 * A deep scan covers a container and everything inside it; a shallow one rescans the container's
 * own runs plus any block inside it that was never scanned (text added or changed in place).
 *
 * The page is read in document order as far as the reader's reach. A container beyond it waits;
 * what follows it and is in reach (a sidebar after a long article) is read meanwhile. Waiting
 * containers are read in document order once the first of them comes within reach, continuing
 * from the back-reference state where the reading left off, so a bare "Kim" far down resolves as
 * it would in a reading of the whole page.
 *
 * An ambiguous mention (an acronym such as "CNN", a generic name such as "General Assembly")
 * counts only once the page names some entity otherwise (see utils/recognition/topic.ts): until
 * then the scanner holds it back, and adds what it held once such a name is read, wherever on the
 * page that is.
 */
import { comesBefore } from '@/utils/page/document-order';
import { isShadowRoot } from '@/utils/page/element-kinds';
import type { FoundMention, MentionStore } from '@/utils/page/mention-store';
import { piecesOf, readContainer, type Container } from '@/utils/page/text-runs';
import type { Placement } from '@/utils/page/reading-reach';
import { ScannedMention } from '@/utils/page/scanned-mention';
import type { PageMention } from '@/utils/page/types';
import type { ReadingMark } from '@/utils/page/page-lens';
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
  /** Where an element lies from the reader: one beyond the reach can wait. */
  placeOf(element: Element): Placement;
  /** Saves the back-reference state where the reading in document order stops. */
  mark(): ReadingMark;
  /** Restores it where the reading in document order goes on. */
  resume(mark: ReadingMark): void;
}

export interface PageScanner {
  enqueue(container: Container, deep: boolean): void;
  /**
   * Scans one queued container, or goes on with the first waiting one if it is within reach.
   * Returns false when nothing more can be done until the reader comes nearer.
   */
  step(): boolean;
  /** Whether there is work that does not wait for the reader. */
  hasWork(): boolean;
  /** The first container waiting for the reader, if any. */
  waitingFor(): Element | undefined;
  /** From now on nothing waits: the rest of the page is read too. Kept across `reset`. */
  readAll(): void;
  /** Forgets the queue and which containers were scanned (the store is left to the caller). */
  reset(): void;
}

const DEEP = 1;
const WITHIN_REACH = 2;

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const stack: Container[] = [];
  /** Queued container → DEEP and WITHIN_REACH flags. */
  const queued = new Map<Container, number>();
  /** Containers found beyond the reach since the stack was last empty, in document order. */
  let aside: Element[] = [];
  /** Containers waiting for the reader, in document order, from `head` on. */
  let waiting: Element[] = [];
  let head = 0;
  const isWaiting = new Set<Element>();
  /** The back-reference state where the reading in document order stopped; null while it goes on. */
  let stopped: ReadingMark | null = null;
  let readingAll = false;
  /**
   * The root each queued container is read from (a container queued from outside, or a waiting one
   * taken up): one root read depth-first sets its containers aside in document order.
   */
  const rootOf = new Map<Container, number>();
  let lastRoot = 0;
  let readingRoot = 0;
  /** The root of the last container set aside, and whether `aside` mixes several roots. */
  let asideRoot = 0;
  let asideMixed = false;
  let scanned = new WeakSet<Container>();
  let shadowRoots = new WeakSet<ShadowRoot>();
  let nextKey = 0;
  /** Whether the page has named some entity by more than an ambiguous mention. */
  let namesSubject = false;
  /** Containers whose ambiguous mentions wait for that: all they hold, and what waits. */
  const held = new Map<Container, { all: FoundMention[]; waiting: FoundMention[] }>();

  /** The page now names the subject: what was held counts. */
  const release = (): void => {
    namesSubject = true;
    for (const [container, { all, waiting }] of held) {
      // Text changed since: the rescan it causes counts what the new text holds.
      if (!all.every((item) => item.pieces.every((piece) => piece.node.isConnected))) continue;
      options.store.replace(container, all);
      options.onMentions(
        [],
        waiting.map((item) => item.mention),
      );
    }
    held.clear();
  };

  const enqueue = (container: Container, flags: number, root: number): void => {
    const already = queued.get(container);
    if (already === undefined) {
      stack.push(container);
      rootOf.set(container, root);
    }
    queued.set(container, flags | (already ?? 0));
  };

  /** `within`: the container lies wholly within the reader's reach, and so do its children. */
  const scan = (container: Container, deep: boolean, within: boolean): void => {
    held.delete(container);
    if (!container.isConnected) {
      options.onMentions(options.store.replace(container, []), []);
      return;
    }
    const content = readContainer(container);
    const block = isShadowRoot(container) ? container.host : container;
    const found: FoundMention[] = [];
    const ambiguous: FoundMention[] = [];
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
        const item: FoundMention = {
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
        };
        found.push(item);
        if (mention.ambiguous) ambiguous.push(item);
        else if (!namesSubject) release();
      }
    }
    let counted = found;
    if (!namesSubject && ambiguous.length > 0) {
      held.set(container, { all: found, waiting: ambiguous });
      counted = found.filter((item) => !ambiguous.includes(item));
    }
    const removed = options.store.replace(container, counted);
    options.onMentions(
      removed,
      counted.map((item) => item.mention),
    );
    scanned.add(container);
    for (let index = content.children.length - 1; index >= 0; index--) {
      const child = content.children[index] as Container;
      if (isShadowRoot(child) && !shadowRoots.has(child)) {
        shadowRoots.add(child);
        options.onShadowRoot(child);
      }
      // A block waiting for the reader is read when its turn comes.
      if (deep || (!scanned.has(child) && !isWaiting.has(child as Element))) {
        enqueue(child, within ? DEEP | WITHIN_REACH : DEEP, readingRoot);
      }
    }
  };

  const setAside = (element: Element): void => {
    stopped ??= options.mark();
    if (isWaiting.has(element)) return;
    isWaiting.add(element);
    if (aside.length > 0 && readingRoot !== asideRoot) asideMixed = true;
    asideRoot = readingRoot;
    aside.push(element);
  };

  const inDocumentOrder = (a: Element, b: Element): number =>
    comesBefore(a, b) ? -1 : comesBefore(b, a) ? 1 : 0;

  /** Puts the containers set aside into the waiting line, keeping it in document order. */
  const merge = (): void => {
    const rest: Element[] = [];
    for (let index = head; index < waiting.length; index++) {
      const element = waiting[index] as Element;
      if (element.isConnected) rest.push(element);
      else isWaiting.delete(element);
    }
    if (asideMixed) aside.sort(inDocumentOrder);
    const first = rest[0];
    const last = aside[aside.length - 1];
    if (first === undefined || last === undefined || comesBefore(last, first)) {
      waiting = aside.concat(rest);
    } else {
      // Set aside by a change further down the page: each goes to its place.
      for (const element of aside) {
        let low = 0;
        let high = rest.length;
        while (low < high) {
          const middle = (low + high) >>> 1;
          if (comesBefore(rest[middle] as Element, element)) low = middle + 1;
          else high = middle;
        }
        rest.splice(low, 0, element);
      }
      waiting = rest;
    }
    head = 0;
    aside = [];
    asideMixed = false;
  };

  /** The first waiting container; only called when the stack is empty. */
  const nextWaiting = (): Element | undefined => {
    if (aside.length > 0) merge();
    for (;;) {
      const next = waiting[head];
      if (next === undefined || next.isConnected) return next;
      isWaiting.delete(next);
      head++;
    }
  };

  const step = (): boolean => {
    const container = stack.pop();
    if (container === undefined) {
      const next = nextWaiting();
      if (next === undefined || (!readingAll && options.placeOf(next) === 'beyond')) return false;
      head++;
      isWaiting.delete(next);
      if (stopped !== null) options.resume(stopped);
      stopped = null;
      enqueue(next, DEEP, ++lastRoot);
      return true;
    }
    const flags = queued.get(container) ?? 0;
    queued.delete(container);
    readingRoot = rootOf.get(container) ?? 0;
    rootOf.delete(container);
    let within = readingAll || (flags & WITHIN_REACH) !== 0;
    if (!within && !isShadowRoot(container) && container.isConnected) {
      const placement = options.placeOf(container);
      if (placement === 'beyond') {
        setAside(container);
        return true;
      }
      within = placement === 'within';
    }
    try {
      scan(container, (flags & DEEP) !== 0, within);
    } catch (error) {
      console.error('NK Lens: could not scan part of the page', error);
    }
    return true;
  };

  return {
    enqueue(container, deep) {
      enqueue(container, deep ? DEEP : 0, ++lastRoot);
    },
    step,
    hasWork: () => stack.length > 0 || (readingAll && nextWaiting() !== undefined),
    waitingFor: () => (stack.length > 0 ? undefined : nextWaiting()),
    readAll() {
      readingAll = true;
    },
    reset() {
      stack.length = 0;
      queued.clear();
      aside = [];
      waiting = [];
      head = 0;
      isWaiting.clear();
      stopped = null;
      rootOf.clear();
      asideMixed = false;
      scanned = new WeakSet();
      shadowRoots = new WeakSet();
      namesSubject = false;
      held.clear();
    },
  };
}
