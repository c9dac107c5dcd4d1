/** Geometry the hover logic needs, kept free of the DOM so it can be tested on its own. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Whether the point lies inside one of the boxes (a mention's client rects). Caret lookup snaps to
 * the nearest character, so a pointer in the margin beside a name must not count as hovering it.
 */
export function boxesContain(boxes: Iterable<Box>, x: number, y: number, tolerance = 1): boolean {
  for (const box of boxes) {
    if (
      x >= box.left - tolerance &&
      x <= box.right + tolerance &&
      y >= box.top - tolerance &&
      y <= box.bottom + tolerance
    )
      return true;
  }
  return false;
}

/** A box moved by an offset: a rect inside an iframe, expressed in the parent's viewport. */
export function translateBox<T extends Box>(box: T, dx: number, dy: number): Box {
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
}
