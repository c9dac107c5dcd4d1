/** Where the popover's card goes beside a name, kept free of the DOM so it can be tested on its own. */
import type { Box } from '@/utils/hover/rects';

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  /** Viewport coordinates of the card's top-left corner. */
  left: number;
  top: number;
  /** The room on the chosen side: the card is capped to it so it never covers the name. */
  maxHeight: number;
}

export interface PlacementOptions {
  /** Between the name and the card. */
  gap: number;
  /** Kept free at the viewport's edges. */
  padding: number;
}

/**
 * Places a card of natural size `card` beside a name whose boxes are `boxes` (viewport
 * coordinates, in document order): below the name's last line, from its left edge; above its first
 * line, from that line's left edge, when the card does not fit below but fits above, or fits on
 * neither side and there is more room above. Moved sideways to stay inside the viewport, never up
 * or down over the name; its height is capped to the room on its side.
 */
export function placeCard(
  boxes: readonly Box[],
  card: Size,
  viewport: Size,
  { gap, padding }: PlacementOptions,
): CardPlacement {
  const lines = linesOf(boxes);
  const first = lines[0] ?? { left: 0, top: 0, right: 0, bottom: 0 };
  const last = lines[lines.length - 1] ?? first;
  const roomBelow = viewport.height - padding - (last.bottom + gap);
  const roomAbove = first.top - gap - padding;
  const below = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const maxHeight = Math.max(0, below ? roomBelow : roomAbove);
  const height = Math.min(card.height, maxHeight);
  const start = below ? last.left : first.left;
  return {
    left: Math.max(padding, Math.min(start, viewport.width - padding - card.width)),
    top: below ? last.bottom + gap : first.top - gap - height,
    maxHeight,
  };
}

/**
 * The lines a name's boxes lie on, in order: a box whose vertical middle falls inside the line
 * being gathered joins it (a name split across inline markup gives several boxes on one line).
 */
export function linesOf(boxes: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const box of boxes) {
    if (box.right - box.left <= 0 && box.bottom - box.top <= 0) continue;
    const line = lines[lines.length - 1];
    const middle = (box.top + box.bottom) / 2;
    if (line && middle >= line.top && middle <= line.bottom) {
      lines[lines.length - 1] = {
        left: Math.min(line.left, box.left),
        top: Math.min(line.top, box.top),
        right: Math.max(line.right, box.right),
        bottom: Math.max(line.bottom, box.bottom),
      };
    } else {
      lines.push({ left: box.left, top: box.top, right: box.right, bottom: box.bottom });
    }
  }
  return lines;
}
