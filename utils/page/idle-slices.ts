/**
 * Runs a long job in short slices on idle time, so scanning a big page never makes a long task.
 * Each slice stops after SLICE_BUDGET_MS; the job continues in the next idle period (or after a
 * zero timeout where `requestIdleCallback` does not exist).
 */

export const SLICE_BUDGET_MS = 8;
/** Upper bound on how long a slice waits for idle time on a busy page. */
const IDLE_TIMEOUT_MS = 200;

export interface SliceHost {
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  setTimeout(handler: () => void, timeout?: number): number;
}

export interface SliceRunner {
  /** Makes sure a slice is scheduled. */
  kick(): void;
  /** Drops the scheduled slice, if any. */
  cancel(): void;
}

/**
 * `step` does one small unit of work and returns whether more is left; `afterSlice` runs at the
 * end of every slice.
 */
export function createSliceRunner(
  host: SliceHost,
  step: () => boolean,
  afterSlice: () => void,
  now: () => number = () => performance.now(),
): SliceRunner {
  let generation = 0;
  let scheduled = false;

  const run = (ticket: number): void => {
    if (ticket !== generation) return;
    scheduled = false;
    const end = now() + SLICE_BUDGET_MS;
    let more = true;
    do more = step();
    while (more && now() < end);
    afterSlice();
    if (more) schedule();
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    const ticket = generation;
    if (typeof requestIdleCallback === 'function') {
      host.requestIdleCallback(() => run(ticket), { timeout: IDLE_TIMEOUT_MS });
    } else {
      host.setTimeout(() => run(ticket), 0);
    }
  };

  return {
    kick: schedule,
    cancel() {
      generation++;
      scheduled = false;
    },
  };
}
