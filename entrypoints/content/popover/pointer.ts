import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PointerHandlers {
  /** The pointer entered (`true`) or left (`false`) the popover (only where there is one). */
  popover(inside: boolean): void;
  /**
   * The pointer rests at this viewport point, outside the popover, and has for `restedMs` (the
   * lookup waits for the next animation frame).
   */
  point(x: number, y: number, restedMs: number): void;
  /** The pointer left the page. */
  leave(): void;
}

/**
 * Follows the pointer with one passive listener, looking up what is under it at most once per
 * animation frame. `host` gives the popover's host element, in the frame that shows it, once it
 * has one.
 */
export function watchPointer(
  ctx: ContentScriptContext,
  host: () => HTMLElement | undefined,
  handlers: PointerHandlers,
): void {
  let inside = false;
  let pending: { x: number; y: number; time: number } | undefined;
  let frameRequested = false;

  const flush = () => {
    frameRequested = false;
    if (!pending || inside) return;
    handlers.point(pending.x, pending.y, performance.now() - pending.time);
    pending = undefined;
  };

  ctx.addEventListener(
    document,
    'pointermove',
    (event: PointerEvent) => {
      // composedPath() is only known while the event is dispatched.
      const element = host();
      const nowInside = element !== undefined && event.composedPath().includes(element);
      if (nowInside !== inside) {
        inside = nowInside;
        handlers.popover(inside);
      }
      pending = { x: event.clientX, y: event.clientY, time: event.timeStamp };
      if (!frameRequested) {
        frameRequested = true;
        ctx.requestAnimationFrame(flush);
      }
    },
    { passive: true, capture: true },
  );
  ctx.addEventListener(
    document,
    'pointerout',
    (event: PointerEvent) => {
      if (event.relatedTarget !== null) return;
      pending = undefined;
      if (inside) {
        inside = false;
        handlers.popover(false);
      }
      handlers.leave();
    },
    { passive: true, capture: true },
  );
}
