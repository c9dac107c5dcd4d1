/**
 * Reads a Chromium trace (Chrome DevTools Protocol `Tracing`, JSON event format) for the
 * main thread of one page: how long its tasks ran in total, and which of them ran the
 * extension's code. A task is the extension's when any event inside it names a script
 * under the extension's origin: the content script's evaluation and compilation, and every
 * timer, idle, animation-frame or event callback it registered.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

export interface MainThreadSummary {
  /** Sum of every top-level task on the page's main thread, in ms. */
  totalTaskMs: number;
  /** Sum of the tasks that ran the extension's code, in ms. */
  extensionTaskMs: number;
  longestExtensionTaskMs: number;
  extensionTasks: number;
  /** From the first extension task's start to the last one's end, in ms (0 without any). */
  extensionSpanMs: number;
  /** Where the extension's tasks spent their time, in ms (parts may nest: GC runs inside slices). */
  extensionParts: ExtensionParts;
}

export interface ExtensionParts {
  /** Idle callbacks: the scan's slices. */
  idleCallbacksMs: number;
  /** Evaluating the content script at page start. */
  evaluationMs: number;
  /** Garbage collections on the main thread during those tasks. */
  garbageCollectionMs: number;
}

/** Events whose time makes up each part, as the `devtools.timeline` category names them. */
const PART_EVENTS: Record<keyof ExtensionParts, readonly string[]> = {
  idleCallbacksMs: ['FireIdleCallback'],
  evaluationMs: ['EvaluateScript'],
  garbageCollectionMs: ['MinorGC', 'MajorGC'],
};

const TOP_LEVEL_TASK = 'RunTask';

/** The page's main thread: the one that committed the navigation to `pageUrl`. */
export function pageMainThread(
  events: readonly TraceEvent[],
  pageUrl: string,
): { pid: number; tid: number } {
  const commit = events.find(
    (event) =>
      (event.name === 'CommitLoad' || event.name === 'ParseHTML') &&
      urlsIn(event.args).some((url) => url === pageUrl),
  );
  if (!commit) throw new Error(`The trace has no navigation to ${pageUrl}`);
  return { pid: commit.pid, tid: commit.tid };
}

export function summariseMainThread(
  events: readonly TraceEvent[],
  pageUrl: string,
  scriptOrigin: string,
): MainThreadSummary {
  const { pid, tid } = pageMainThread(events, pageUrl);
  const onThread = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const tasks = outermost(onThread.filter((event) => event.name === TOP_LEVEL_TASK));
  const markers = onThread.filter((event) =>
    urlsIn(event.args).some((url) => url.startsWith(scriptOrigin)),
  );
  const extensionTasks = tasks.filter((task) => markers.some((marker) => within(marker, task)));
  const durations = extensionTasks.map(durationMs);
  const first = extensionTasks[0];
  const last = extensionTasks[extensionTasks.length - 1];
  return {
    totalTaskMs: sum(tasks.map(durationMs)),
    extensionTaskMs: sum(durations),
    longestExtensionTaskMs: Math.max(0, ...durations),
    extensionTasks: extensionTasks.length,
    extensionSpanMs: first && last ? (last.ts + (last.dur ?? 0) - first.ts) / 1000 : 0,
    extensionParts: partsOf(onThread, extensionTasks, scriptOrigin),
  };
}

/**
 * The parts of the extension's tasks. Evaluation counts only the extension's own scripts; each
 * part counts its outermost events only, so a part nested in itself is not counted twice.
 */
function partsOf(
  onThread: readonly TraceEvent[],
  tasks: readonly TraceEvent[],
  scriptOrigin: string,
): ExtensionParts {
  const inTasks = onThread.filter((event) => tasks.some((task) => within(event, task)));
  const part = (names: readonly string[], own = false): number =>
    sum(
      outermost(
        inTasks.filter(
          (event) =>
            names.includes(event.name) &&
            (!own || urlsIn(event.args).some((url) => url.startsWith(scriptOrigin))),
        ),
      ).map(durationMs),
    );
  return {
    idleCallbacksMs: part(PART_EVENTS.idleCallbacksMs),
    evaluationMs: part(PART_EVENTS.evaluationMs, true),
    garbageCollectionMs: part(PART_EVENTS.garbageCollectionMs),
  };
}

/** Every URL an event's arguments name: `data.url`, `fileName`, `data.stackTrace[].url`. */
function urlsIn(args: Record<string, unknown> | undefined): string[] {
  if (!args) return [];
  const data = (args.data ?? {}) as Record<string, unknown>;
  const urls = [data.url, args.fileName];
  if (Array.isArray(data.stackTrace)) {
    for (const frame of data.stackTrace) urls.push((frame as Record<string, unknown>).url);
  }
  return urls.filter((url): url is string => typeof url === 'string');
}

function outermost(tasks: readonly TraceEvent[]): TraceEvent[] {
  const result: TraceEvent[] = [];
  for (const task of tasks) {
    const previous = result[result.length - 1];
    if (!previous || !within(task, previous)) result.push(task);
  }
  return result;
}

function within(inner: TraceEvent, outer: TraceEvent): boolean {
  return inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
}

function durationMs(event: TraceEvent): number {
  return (event.dur ?? 0) / 1000;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
