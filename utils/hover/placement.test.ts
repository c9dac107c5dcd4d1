import { describe, expect, it } from 'vitest';
import { linesOf, placeCard } from '@/utils/hover/placement';

const viewport = { width: 1000, height: 800 };
const options = { gap: 6, padding: 8 };
const card = { width: 300, height: 200 };
const name = (left: number, top: number, width = 80) => ({
  left,
  top,
  right: left + width,
  bottom: top + 20,
});

describe('placeCard', () => {
  it('places the card below the name, from its left edge, when it fits there', () => {
    expect(placeCard([name(100, 100)], card, viewport, options)).toEqual({
      left: 100,
      top: 126,
      maxHeight: 800 - 8 - 126,
    });
  });

  it('flips above the name when the card does not fit below but fits above', () => {
    const placed = placeCard([name(100, 700)], card, viewport, options);
    expect(placed).toEqual({ left: 100, top: 700 - 6 - 200, maxHeight: 700 - 6 - 8 });
  });

  it('stays below when it fits there even if there is more room above', () => {
    expect(placeCard([name(100, 500)], card, viewport, options).top).toBe(526);
  });

  it('takes the side with more room when it fits on neither, capped to that room', () => {
    const tall = { width: 300, height: 700 };
    const nearBottom = placeCard([name(100, 500)], tall, viewport, options);
    expect(nearBottom).toEqual({ left: 100, top: 8, maxHeight: 500 - 6 - 8 });
    expect(nearBottom.top + nearBottom.maxHeight).toBeLessThanOrEqual(500 - 6);
    const nearTop = placeCard([name(100, 200)], tall, viewport, options);
    expect(nearTop).toEqual({ left: 100, top: 226, maxHeight: 800 - 8 - 226 });
  });

  it('moves sideways to stay inside the viewport', () => {
    expect(placeCard([name(900, 100)], card, viewport, options).left).toBe(1000 - 8 - 300);
    expect(placeCard([name(2, 100)], card, viewport, options).left).toBe(8);
    const wide = { width: 1200, height: 200 };
    expect(placeCard([name(500, 100)], wide, viewport, options).left).toBe(8);
  });

  it('starts below the last line of a name that wraps, above its first line', () => {
    const wrapped = [name(900, 100, 90), name(10, 120, 40)];
    expect(placeCard(wrapped, card, viewport, options)).toMatchObject({ left: 10, top: 146 });
    const low = [name(600, 680, 90), name(10, 700, 40)];
    expect(placeCard(low, card, viewport, options)).toMatchObject({
      left: 600,
      top: 680 - 6 - 200,
    });
  });

  it('never gives a negative height when there is no room', () => {
    const placed = placeCard([name(100, 0, 80)], card, { width: 1000, height: 20 }, options);
    expect(placed.maxHeight).toBe(0);
  });
});

describe('linesOf', () => {
  it('joins the boxes of one line and keeps lines apart', () => {
    const boxes = [
      { left: 300, top: 100, right: 340, bottom: 120 },
      { left: 344, top: 101, right: 400, bottom: 119 },
      { left: 10, top: 120, right: 60, bottom: 140 },
    ];
    expect(linesOf(boxes)).toEqual([
      { left: 300, top: 100, right: 400, bottom: 120 },
      { left: 10, top: 120, right: 60, bottom: 140 },
    ]);
  });

  it('leaves out empty boxes', () => {
    expect(linesOf([{ left: 5, top: 5, right: 5, bottom: 5 }])).toEqual([]);
  });
});
