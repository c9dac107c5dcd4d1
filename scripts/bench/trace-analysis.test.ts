import { describe, expect, it } from 'vitest';
import { summariseMainThread, type TraceEvent } from '@/scripts/bench/trace-analysis';

const PAGE = 'http://127.0.0.1:4000/live-blog.html';
const EXT = 'chrome-extension://abc/';

const x = (
  name: string,
  ts: number,
  dur: number,
  args?: TraceEvent['args'],
  tid = 1,
): TraceEvent => ({
  name,
  cat: 'devtools.timeline',
  ph: 'X',
  pid: 10,
  tid,
  ts,
  dur,
  args,
});

const events: TraceEvent[] = [
  x('RunTask', 0, 5000),
  x('CommitLoad', 100, 200, { data: { url: PAGE } }),
  x('RunTask', 10_000, 30_000),
  x('EvaluateScript', 10_100, 29_000, { data: { url: `${EXT}content-scripts/content.js` } }),
  x('RunTask', 50_000, 2000),
  x('MinorGC', 50_100, 300),
  x('RunTask', 60_000, 12_000),
  x('RunTask', 60_500, 1000),
  x('FireIdleCallback', 60_550, 900),
  x('FunctionCall', 60_600, 500, {
    data: { stackTrace: [{ url: `${EXT}content-scripts/content.js` }] },
  }),
  x('MinorGC', 60_700, 200),
  x('EvaluateScript', 61_600, 400, { data: { url: PAGE } }),
  x('RunTask', 80_000, 4000, { data: { url: PAGE } }),
  x('FunctionCall', 80_100, 100, { data: { url: `${EXT}content-scripts/content.js` } }, 2),
  x('RunTask', 80_000, 9000, undefined, 2),
];

describe('summariseMainThread', () => {
  const summary = summariseMainThread(events, PAGE, EXT);

  it('sums only the outermost tasks of the page main thread', () => {
    expect(summary.totalTaskMs).toBeCloseTo(5 + 30 + 2 + 12 + 4);
  });

  it('attributes the tasks that contain extension code, by URL or stack', () => {
    expect(summary.extensionTasks).toBe(2);
    expect(summary.extensionTaskMs).toBeCloseTo(42);
    expect(summary.longestExtensionTaskMs).toBeCloseTo(30);
    expect(summary.extensionSpanMs).toBeCloseTo(62);
  });

  it("splits the extension's tasks into idle callbacks, its own evaluation and GC", () => {
    expect(summary.extensionParts.idleCallbacksMs).toBeCloseTo(0.9);
    expect(summary.extensionParts.evaluationMs).toBeCloseTo(29);
    // The collection during the page's own task is not the extension's.
    expect(summary.extensionParts.garbageCollectionMs).toBeCloseTo(0.2);
  });

  it('refuses a trace without the page navigation', () => {
    expect(() => summariseMainThread(events.slice(2), PAGE, EXT)).toThrow(/no navigation/);
  });
});
