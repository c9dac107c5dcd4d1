/**
 * NK Lens on one document: scans it in idle slices as far as the reader's reach (the rest as the
 * reader comes nearer, or all of it when asked), keeps the mention index and the highlights in
 * step with the DOM (a MutationObserver rescans only the blocks that changed), and stops cleanly
 * when the site is switched off or the extension goes away.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createChangeBatch } from '@/utils/page/change-batch';
import { createHighlightPainter } from '@/utils/page/highlight-painter';
import { createSliceRunner } from '@/utils/page/idle-slices';
import { createMentionJumper } from '@/utils/page/mention-jumper';
import { createMentionStore } from '@/utils/page/mention-store';
import { createPageScanner } from '@/utils/page/page-scanner';
import { createReadingReach, type ReadingReach } from '@/utils/page/reading-reach';
import { scanRequests, SKIP_ATTRIBUTES } from '@/utils/page/scan-requests';
import type { MentionIndex, PageMention } from '@/utils/page/types';
import type { Category, Mention } from '@/utils/recognition/types';
import type { Settings } from '@/utils/settings/schema';

/** How long DOM changes are gathered before the changed blocks are rescanned. */
export const MUTATION_BATCH_MS = 100;
/**
 * While a long scan runs, highlights and listeners are updated at most this often: every update
 * makes the browser recompute the painting of all highlighted ranges.
 */
export const COMMIT_INTERVAL_MS = 500;

const OBSERVED: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributeFilter: SKIP_ATTRIBUTES,
};

export type LensHost = Pick<
  ContentScriptContext,
  'setTimeout' | 'requestIdleCallback' | 'onInvalidated'
>;

/** Finds mentions run by run; `reset` forgets the back-reference state (a new article). */
export interface RunRecognizer {
  /**
   * Does a bounded part of the recognizer's setup; true once it can scan. The scan slices call it
   * before scanning, so setting up a large registry never makes one long task.
   */
  prepare(): boolean;
  scan(text: string): Mention[];
  reset(): void;
  /** The back-reference state at this point of the reading, to continue from it later. */
  mark(): ReadingMark;
  /** Continues reading from a state `mark` took (the mark itself stays as it was). */
  resume(mark: ReadingMark): void;
}

/** A saved back-reference state; opaque to the page. */
export interface ReadingMark {
  readonly brand: 'ReadingMark';
}

export interface PageLens {
  index: MentionIndex;
  /**
   * Scans the document as far as the reader's reach and follows its changes; restarts from scratch
   * if already running.
   */
  start(): void;
  /**
   * Reads the whole page from now on (what the side panel lists). Resolves once it is read, or at
   * once when the lens is not running.
   */
  readAll(): Promise<void>;
  /** Removes every highlight and stops observing. */
  stop(): void;
  isRunning(): boolean;
  applySettings(settings: Pick<Settings, 'highlightStyle' | 'categories'>): void;
  /** Entity id → mentions currently on the page. */
  counts(): Map<string, number>;
  /** Scrolls to the next mention of `id` (cycling) and flashes it; false when there is none. */
  jumpTo(id: string): boolean;
}

export function createPageLens(
  host: LensHost,
  doc: Document,
  recognizer: RunRecognizer,
  categoryOf: (id: string) => Category | undefined,
  reach: ReadingReach = createReadingReach(doc),
): PageLens {
  const store = createMentionStore(doc);
  const painter = createHighlightPainter(doc);
  const batch = createChangeBatch();
  let lastCommit = -Infinity;
  let running = false;
  let pending: MutationRecord[] = [];
  let flushScheduled = false;
  /** Waiting for the whole page to be read. */
  let readers: (() => void)[] = [];

  const onMentions = (removed: readonly PageMention[], added: readonly PageMention[]): void => {
    batch.record(removed, added);
  };

  /** Paints what changed and tells the listeners. */
  const commit = (): void => {
    lastCommit = performance.now();
    if (batch.isEmpty()) return;
    const { removed, added } = batch.take();
    painter.update(removed, added);
    store.notify();
  };

  const observer = new MutationObserver((records) => {
    pending.push(...records);
    if (flushScheduled) return;
    flushScheduled = true;
    host.setTimeout(flush, MUTATION_BATCH_MS);
  });

  const scanner = createPageScanner({
    store,
    recognize: (text) => recognizer.scan(text),
    categoryOf,
    onMentions,
    onShadowRoot(root) {
      observer.observe(root, OBSERVED);
      painter.adopt(root);
    },
    placeOf: (element) => reach.placeOf(element),
    mark: () => recognizer.mark(),
    resume: (mark) => recognizer.resume(mark),
  });

  const settleReaders = (): void => {
    const settled = readers;
    readers = [];
    for (const settle of settled) settle();
  };

  const runner = createSliceRunner(
    host,
    () => (recognizer.prepare() ? scanner.step() : true),
    () => {
      const idle = !scanner.hasWork();
      if (idle || performance.now() - lastCommit >= COMMIT_INTERVAL_MS) commit();
      if (!idle) return;
      const waiting = scanner.waitingFor();
      if (waiting !== undefined) reach.watch(waiting, runner.kick);
      else settleReaders();
    },
  );
  const jumper = createMentionJumper(host, store, painter);

  function flush(): void {
    flushScheduled = false;
    const records = pending;
    pending = [];
    if (!running) return;
    // Only a removal can take mentions out of the document; sweeping checks every one of them.
    if (records.some((record) => record.removedNodes.length > 0)) onMentions(store.sweep(), []);
    for (const { container, deep, forget } of scanRequests(records)) {
      if (forget) onMentions(store.forgetWithin(container), []);
      scanner.enqueue(container, deep);
    }
    if (scanner.hasWork()) runner.kick();
    else commit();
  }

  const stop = (): void => {
    running = false;
    observer.disconnect();
    pending = [];
    runner.cancel();
    reach.disconnect();
    scanner.reset();
    settleReaders();
    batch.take();
    const removed = store.clear();
    painter.clear();
    if (removed.length > 0) store.notify();
  };

  host.onInvalidated(stop);

  return {
    index: store,
    start() {
      if (running) stop();
      running = true;
      recognizer.reset();
      observer.observe(doc, OBSERVED);
      if (doc.body !== null) scanner.enqueue(doc.body, true);
      runner.kick();
    },
    readAll() {
      if (!running) return Promise.resolve();
      scanner.readAll();
      if (!scanner.hasWork()) return Promise.resolve();
      reach.disconnect();
      runner.kick();
      return new Promise((resolve) => readers.push(resolve));
    },
    stop,
    isRunning: () => running,
    applySettings({ highlightStyle, categories }) {
      painter.apply(highlightStyle, categories);
    },
    counts: () => store.counts(),
    jumpTo: (id) => jumper.jumpTo(id),
  };
}
