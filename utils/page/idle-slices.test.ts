import { describe, expect, it } from 'vitest';
import { createSliceRunner, SLICE_BUDGET_MS, type SliceHost } from '@/utils/page/idle-slices';

/** A host whose callbacks run when the test says so, with a clock the test moves. */
function manualHost() {
  const queue: (() => void)[] = [];
  let time = 0;
  const host: SliceHost = {
    requestIdleCallback: (callback) =>
      queue.push(() => callback({ didTimeout: false, timeRemaining: () => 50 })),
    setTimeout: (handler) => queue.push(handler),
  };
  return {
    host,
    now: () => time,
    advance: (ms: number) => (time += ms),
    runNext: () => queue.shift()?.(),
    scheduled: () => queue.length,
  };
}

describe('createSliceRunner', () => {
  it('stops each slice after its time budget and continues in the next one', () => {
    const clock = manualHost();
    let left = 10;
    const slices: number[] = [];
    let inSlice = 0;
    const runner = createSliceRunner(
      clock.host,
      () => {
        clock.advance(3);
        inSlice++;
        return --left > 0;
      },
      () => {
        slices.push(inSlice);
        inSlice = 0;
      },
      clock.now,
    );
    runner.kick();
    runner.kick();
    expect(clock.scheduled()).toBe(1);
    while (clock.scheduled() > 0) clock.runNext();
    const perSlice = Math.ceil(SLICE_BUDGET_MS / 3);
    expect(slices.every((count) => count <= perSlice)).toBe(true);
    expect(slices.reduce((sum, count) => sum + count, 0)).toBe(10);
    expect(slices.length).toBeGreaterThan(1);
  });

  it('does nothing once cancelled', () => {
    const clock = manualHost();
    let steps = 0;
    const runner = createSliceRunner(
      clock.host,
      () => ++steps < 0,
      () => undefined,
      clock.now,
    );
    runner.kick();
    runner.cancel();
    clock.runNext();
    expect(steps).toBe(0);
    runner.kick();
    clock.runNext();
    expect(steps).toBe(1);
  });
});
