/**
 * When the popover opens and closes as the pointer moves: a name must be hovered for the dwell
 * delay before its popover shows; leaving starts a grace period during which the pointer may
 * reach the popover or come back to the name and keep it open.
 */

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(handle: number): void;
}

export interface HoverIntentOptions<T> {
  /** Read on every hover, so a changed setting applies at once. */
  dwellMs: () => number;
  graceMs: number;
  timers: Timers;
  show: (target: T) => void;
  hide: () => void;
  /**
   * Called when the pointer has rested on a name for all of the dwell delay but `prepareMs`, if no
   * popover is showing then: the card can be made ready while hidden, so that showing it at the end
   * of the delay is all that is left to do.
   */
  prepare?: (target: T) => void;
  prepareMs?: number;
}

/** Targets are told apart by `key`: the same name found again on a later pointer move is the same target. */
export class HoverIntent<T extends { key: string }> {
  private visible: T | undefined;
  private pending: T | undefined;
  private dwellTimer: number | undefined;
  private prepareTimer: number | undefined;
  private graceTimer: number | undefined;
  private insidePopover = false;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The target whose popover is showing. */
  get current(): T | undefined {
    return this.visible;
  }

  /**
   * The pointer is over `target`, or over no name at all (`undefined`). `restedMs`: how long ago
   * the pointer reached this point (it is looked up a frame later), counted in the dwell delay.
   */
  pointerOver(target: T | undefined, restedMs = 0): void {
    if (target === undefined) {
      this.cancelDwell();
      this.startGrace();
    } else if (target.key === this.visible?.key) {
      this.cancelDwell();
      this.cancelGrace();
    } else if (target.key !== this.pending?.key) {
      this.cancelDwell();
      this.startGrace();
      this.pending = target;
      const wait = Math.max(0, this.options.dwellMs() - Math.max(0, restedMs));
      this.dwellTimer = this.options.timers.set(() => this.reveal(target), wait);
      const { prepare, prepareMs = 0 } = this.options;
      if (prepare) {
        this.prepareTimer = this.options.timers.set(
          () => {
            this.prepareTimer = undefined;
            if (this.visible === undefined) prepare(target);
          },
          Math.max(0, wait - prepareMs),
        );
      }
    }
  }

  popoverEnter(): void {
    this.insidePopover = true;
    this.cancelDwell();
    this.cancelGrace();
  }

  popoverLeave(): void {
    this.insidePopover = false;
    this.startGrace();
  }

  /** Shows `target` at once (keyboard navigation). */
  showNow(target: T): void {
    this.cancelDwell();
    this.reveal(target);
  }

  /** Closes at once (Escape, a click elsewhere, the name disappearing). */
  close(): void {
    this.cancelDwell();
    this.dismiss();
  }

  private reveal(target: T): void {
    this.dwellTimer = undefined;
    this.pending = undefined;
    this.cancelGrace();
    this.visible = target;
    this.options.show(target);
  }

  /** Hides what is showing; a name still waiting for its dwell delay keeps waiting. */
  private dismiss(): void {
    this.cancelGrace();
    this.insidePopover = false;
    if (this.visible === undefined) return;
    this.visible = undefined;
    this.options.hide();
  }

  private startGrace(): void {
    if (this.visible === undefined || this.insidePopover || this.graceTimer !== undefined) return;
    this.graceTimer = this.options.timers.set(() => this.dismiss(), this.options.graceMs);
  }

  private cancelDwell(): void {
    if (this.dwellTimer !== undefined) this.options.timers.clear(this.dwellTimer);
    if (this.prepareTimer !== undefined) this.options.timers.clear(this.prepareTimer);
    this.dwellTimer = undefined;
    this.prepareTimer = undefined;
    this.pending = undefined;
  }

  private cancelGrace(): void {
    if (this.graceTimer !== undefined) this.options.timers.clear(this.graceTimer);
    this.graceTimer = undefined;
  }
}
