import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '@/utils/hover/hover-intent';

/** A fresh object each call: targets are matched by key, not identity. */
const t = (key: string) => ({ key });

function setup(dwellMs = 300, graceMs = 300, prepareMs?: number) {
  const events: string[] = [];
  let dwell = dwellMs;
  const intent = new HoverIntent<{ key: string }>({
    dwellMs: () => dwell,
    graceMs,
    timers: {
      set: (callback, ms) => setTimeout(callback, ms) as unknown as number,
      clear: (handle) => clearTimeout(handle),
    },
    show: (target) => events.push(`show ${target.key}`),
    hide: () => events.push('hide'),
    ...(prepareMs === undefined
      ? {}
      : { prepare: (target) => events.push(`prepare ${target.key}`), prepareMs }),
  });
  return { intent, events, setDwell: (ms: number) => (dwell = ms) };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a name only after the dwell delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(299);
    expect(events).toEqual([]);
    expect(intent.current).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a']);
    expect(intent.current?.key).toBe('a');
  });

  it('counts the time the pointer has already rested on the name in the dwell delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'), 40);
    vi.advanceTimersByTime(259);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a']);
  });

  it('shows at once when the pointer rested longer than the dwell delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'), 500);
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['show a']);
  });

  it('never shows early for a negative rest', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'), -100);
    vi.advanceTimersByTime(299);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a']);
  });

  it('shows nothing when the pointer leaves before the dwell delay', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(200);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('does not restart the dwell delay while the pointer moves within the same name', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(200);
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['show a']);
  });

  it('reads the dwell setting on every hover', () => {
    const { intent, events, setDwell } = setup();
    setDwell(1000);
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a']);
  });

  it('hides after the grace period once the pointer has left', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(300);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['show a']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show a', 'hide']);
    expect(intent.current).toBeUndefined();
  });

  it('keeps the popover when the name is hovered again within the grace period', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(300);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(250);
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show a']);
    expect(intent.current?.key).toBe('a');
  });

  it('keeps the popover while the pointer is inside it and starts the grace period on leaving it', () => {
    const { intent, events } = setup();
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(300);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(200);
    intent.popoverEnter();
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show a']);
    intent.popoverLeave();
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['show a', 'hide']);
  });

  it('switches to another name after its dwell delay', () => {
    const { intent, events } = setup(300, 500);
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(300);
    intent.pointerOver(t('b'));
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['show a', 'show b']);
    expect(intent.current?.key).toBe('b');
  });

  it('still shows the next name when the grace period of the previous one ends first', () => {
    const { intent, events } = setup(300, 100);
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(300);
    intent.pointerOver(t('b'));
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['show a', 'hide']);
    vi.advanceTimersByTime(200);
    expect(events).toEqual(['show a', 'hide', 'show b']);
  });

  it('shows at once on request and closes at once, cancelling any pending hover', () => {
    const { intent, events } = setup();
    intent.showNow(t('a'));
    expect(events).toEqual(['show a']);
    intent.pointerOver(t('b'));
    intent.close();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['show a', 'hide']);
    intent.close();
    expect(events).toEqual(['show a', 'hide']);
  });

  it('prepares a name the given time before its dwell delay ends', () => {
    const { intent, events } = setup(300, 300, 100);
    intent.pointerOver(t('a'), 40);
    vi.advanceTimersByTime(159);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prepare a']);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['prepare a', 'show a']);
  });

  it('prepares at once, before showing, when the dwell delay is shorter than the lead', () => {
    const { intent, events } = setup(50, 300, 100);
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(0);
    expect(events).toEqual(['prepare a']);
    vi.advanceTimersByTime(50);
    expect(events).toEqual(['prepare a', 'show a']);
  });

  it('prepares nothing for a name the pointer leaves early, or while a popover shows', () => {
    const { intent, events } = setup(300, 500, 100);
    intent.pointerOver(t('a'));
    vi.advanceTimersByTime(150);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    intent.showNow(t('b'));
    intent.pointerOver(t('c'));
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['show b', 'show c']);
  });
});
