import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchResize } from '@/entrypoints/content/popover/resize-watch';

/** A ResizeObserver whose reports the test sends itself. */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  observed: object[] = [];
  disconnected = false;
  constructor(readonly callback: (entries: { target: object }[]) => void) {
    FakeResizeObserver.last = this;
  }
  observe(target: object) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  report(...targets: object[]) {
    this.callback(targets.map((target) => ({ target })));
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('watchResize', () => {
  it('skips the first report of each element and calls back on later ones', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const name = {};
    const card = {};
    const onResize = vi.fn();
    watchResize([name as Element, undefined, card as Element], onResize);
    const observer = FakeResizeObserver.last!;
    expect(observer.observed).toEqual([name, card]);
    observer.report(name, card);
    expect(onResize).not.toHaveBeenCalled();
    observer.report(card);
    expect(onResize).toHaveBeenCalledTimes(1);
    observer.report(name);
    expect(onResize).toHaveBeenCalledTimes(2);
  });

  it('calls back once for a report naming an element seen before and one seen for the first time', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const name = {};
    const card = {};
    const onResize = vi.fn();
    watchResize([name as Element, card as Element], onResize);
    const observer = FakeResizeObserver.last!;
    observer.report(name);
    observer.report(card, name);
    expect(onResize).toHaveBeenCalledTimes(1);
  });

  it('stops observing when stopped, and does nothing where ResizeObserver is missing', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const stop = watchResize([{} as Element], vi.fn());
    stop();
    expect(FakeResizeObserver.last!.disconnected).toBe(true);
    vi.stubGlobal('ResizeObserver', undefined);
    expect(() => watchResize([{} as Element], vi.fn())()).not.toThrow();
  });
});
