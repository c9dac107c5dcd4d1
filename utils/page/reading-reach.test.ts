// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createReadingReach, READ_AHEAD_SCREENS } from '@/utils/page/reading-reach';

/** An element whose layout box is `top`…`top + height` (happy-dom lays nothing out). */
function boxed(top: number, height: number, width = 100): Element {
  const element = document.createElement('p');
  element.getBoundingClientRect = () =>
    ({ top, bottom: top + height, height, width, left: 0, right: width }) as DOMRect;
  return element;
}

describe('createReadingReach', () => {
  it('places a block by its box against the viewport and the read-ahead below it', () => {
    const reach = createReadingReach(document);
    const limit = innerHeight * (1 + READ_AHEAD_SCREENS);
    expect(reach.placeOf(boxed(-5000, 100))).toBe('within');
    expect(reach.placeOf(boxed(0, 100))).toBe('within');
    expect(reach.placeOf(boxed(limit - 100, 100))).toBe('within');
    expect(reach.placeOf(boxed(limit - 100, 101))).toBe('across');
    expect(reach.placeOf(boxed(-5000, 100_000))).toBe('across');
    expect(reach.placeOf(boxed(limit, 10))).toBe('across');
    expect(reach.placeOf(boxed(limit + 1, 10))).toBe('beyond');
  });

  it('does not take a box of no size to hold only blocks within reach', () => {
    const reach = createReadingReach(document);
    expect(reach.placeOf(boxed(0, 0, 0))).toBe('across');
    expect(reach.placeOf(boxed(0, 0, 100))).toBe('within');
  });
});
