// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewportWindow, REST_DELAY_MS } from '@/utils/page/viewport-window';

/** Stands in for the browser's observer: records what it follows and reports on demand. */
class FakeObserver {
  static last: FakeObserver;
  readonly followed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.last = this;
  }
  observe(target: Element): void {
    this.followed.add(target);
  }
  unobserve(target: Element): void {
    this.followed.delete(target);
  }
  disconnect(): void {
    this.followed.clear();
  }
  /** Reports each target as near (`true`) or far, as the browser would after a frame. */
  report(states: [Element, boolean][]): void {
    const entries = states.map(
      ([target, near]) =>
        ({
          target,
          isIntersecting: near,
          boundingClientRect: { width: 100, height: 20 },
        }) as unknown as IntersectionObserverEntry,
    );
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** Blocks with many names, so each is watched itself rather than through its parent. */
function blocks(count: number): Element[] {
  const parent = document.createElement('main');
  const made = Array.from({ length: count }, () => document.createElement('p'));
  for (const block of made) parent.append(block);
  for (let extra = 0; extra < 20; extra++) parent.append(document.createElement('p'));
  document.body.append(parent);
  return made;
}

describe('createViewportWindow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function watchAll(count: number) {
    const changes: [Element, boolean][] = [];
    const viewport = createViewportWindow((block, near) => changes.push([block, near]));
    const all = blocks(count);
    for (const block of all) viewport.observe(block, 100);
    return { viewport, all, changes, observer: FakeObserver.last };
  }

  it('follows only the near blocks once the page has been still, and all of them on a scroll', () => {
    const { viewport, all, changes, observer } = watchAll(6);
    expect(observer.followed.size).toBe(6);
    observer.report(all.map((block, index) => [block, index < 2]));
    expect(changes).toEqual([
      [all[0]!, true],
      [all[1]!, true],
    ]);

    vi.advanceTimersByTime(REST_DELAY_MS - 1);
    expect(observer.followed.size).toBe(6);
    vi.advanceTimersByTime(1);
    expect([...observer.followed]).toEqual([all[0]!, all[1]!]);
    expect(viewport.isNear(all[0]!)).toBe(true);
    expect(viewport.isNear(all[5]!)).toBe(false);

    dispatchEvent(new Event('scroll'));
    expect(observer.followed.size).toBe(6);
    observer.report([
      [all[0]!, false],
      [all[4]!, true],
    ]);
    expect(changes.slice(2)).toEqual([
      [all[0]!, false],
      [all[4]!, true],
    ]);
  });

  it('wakes on any report about a near block while resting (the layout moved under it)', () => {
    const { all, observer } = watchAll(4);
    observer.report(all.map((block, index) => [block, index === 0]));
    vi.advanceTimersByTime(REST_DELAY_MS);
    expect(observer.followed.size).toBe(1);
    observer.report([[all[0]!, false]]);
    expect(observer.followed.size).toBe(4);

    observer.report(all.map((block, index) => [block, index === 0]));
    vi.advanceTimersByTime(REST_DELAY_MS);
    expect(observer.followed.size).toBe(1);
    // Hidden by the page's CSS, a block has no box and still counts as near: a report all the same.
    observer.report([[all[0]!, true]]);
    expect(observer.followed.size).toBe(4);
  });

  it('wakes on a resize, and a scroll inside the page (captured) keeps it awake', () => {
    const { all, observer } = watchAll(3);
    observer.report(all.map((block) => [block, false]));
    vi.advanceTimersByTime(REST_DELAY_MS);
    expect(observer.followed.size).toBe(0);

    dispatchEvent(new Event('resize'));
    expect(observer.followed.size).toBe(3);
    vi.advanceTimersByTime(REST_DELAY_MS - 1);
    all[0]!.parentElement!.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(REST_DELAY_MS - 1);
    expect(observer.followed.size).toBe(3);
    vi.advanceTimersByTime(1);
    expect(observer.followed.size).toBe(0);
  });

  it('follows a block added while resting until it is known to be far', () => {
    const { viewport, all, observer } = watchAll(2);
    observer.report(all.map((block) => [block, true]));
    vi.advanceTimersByTime(REST_DELAY_MS);
    const [late] = blocks(1);
    viewport.observe(late!, 100);
    expect(observer.followed.has(late!)).toBe(true);
    observer.report([[late!, false]]);
    vi.advanceTimersByTime(REST_DELAY_MS);
    expect(observer.followed.has(late!)).toBe(false);
    expect(observer.followed.size).toBe(2);
  });

  it('keeps following a block reported near just as the observer came to rest', () => {
    const { all, observer } = watchAll(3);
    observer.report(all.map((block) => [block, false]));
    vi.advanceTimersByTime(REST_DELAY_MS);
    observer.report([[all[2]!, true]]);
    expect(observer.followed.has(all[2]!)).toBe(true);
    observer.report([[all[2]!, false]]);
    expect(observer.followed.size).toBe(3);
  });

  it('keeps following what the observer has not placed yet (a page that is not rendered)', () => {
    const { all, observer } = watchAll(3);
    observer.report([[all[0]!, false]]);
    vi.advanceTimersByTime(REST_DELAY_MS);
    expect([...observer.followed]).toEqual([all[1]!, all[2]!]);
  });

  it('stops listening and timing once disconnected', () => {
    const { viewport, all, observer } = watchAll(3);
    viewport.disconnect();
    expect(vi.getTimerCount()).toBe(0);
    dispatchEvent(new Event('scroll'));
    expect(observer.followed.size).toBe(0);
    viewport.observe(all[0]!, 100);
    expect(observer.followed.size).toBe(1);
  });
});
