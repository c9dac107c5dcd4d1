// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { announceEntityChanges } from '@/entrypoints/content/page-messages';
import type { PageLens } from '@/utils/page/page-lens';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('@/utils/messaging/protocol', () => ({
  sendMessage: (_type: string, data: unknown) => {
    sent.push(data);
    return Promise.resolve();
  },
  onMessage: () => () => undefined,
}));

/** A page lens whose counts the test sets, telling its listeners of each change. */
function fakeLens() {
  const listeners: (() => void)[] = [];
  let counts = new Map<string, number>();
  const lens = {
    counts: () => counts,
    isRunning: () => true,
    index: {
      onChange(listener: () => void) {
        listeners.push(listener);
        return () => undefined;
      },
    },
  } as unknown as PageLens;
  const change = (next: Record<string, number>) => {
    counts = new Map(Object.entries(next));
    listeners.forEach((listener) => listener());
  };
  return { lens, change };
}

const ctx = {
  setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
  onInvalidated: () => () => undefined,
} as unknown as ContentScriptContext;

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('announceEntityChanges', () => {
  it('sends nothing until the popup or side panel has asked about the page', () => {
    const { lens, change } = fakeLens();
    const announcer = announceEntityChanges(ctx, lens);
    change({ 'org.kcna': 1 });
    announcer.changed();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([]);

    announcer.listen();
    change({ 'org.kcna': 2 });
    change({ 'org.kcna': 3 });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ entities: [{ id: 'org.kcna', count: 3 }] });

    // The same answer again is not sent twice.
    announcer.changed();
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(1);
  });
});
