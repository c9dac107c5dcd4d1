import { describe, expect, it } from 'vitest';
import { boxesContain, translateBox } from '@/utils/hover/rects';

const lines = [
  { left: 300, top: 100, right: 400, bottom: 120 },
  { left: 10, top: 120, right: 60, bottom: 140 },
];

describe('boxesContain', () => {
  it('finds a point on either line of a name that wraps', () => {
    expect(boxesContain(lines, 350, 110)).toBe(true);
    expect(boxesContain(lines, 30, 130)).toBe(true);
  });

  it('rejects a point in the margin beside the name', () => {
    expect(boxesContain(lines, 200, 110)).toBe(false);
    expect(boxesContain(lines, 90, 130)).toBe(false);
    expect(boxesContain([], 0, 0)).toBe(false);
  });

  it('accepts a point on the edge within the tolerance only', () => {
    expect(boxesContain(lines, 401, 110)).toBe(true);
    expect(boxesContain(lines, 402, 110)).toBe(false);
    expect(boxesContain(lines, 402, 110, 3)).toBe(true);
  });
});

describe('translateBox', () => {
  it('moves a box by the iframe offset', () => {
    expect(translateBox({ left: 1, top: 2, right: 3, bottom: 4 }, 100, 50)).toEqual({
      left: 101,
      top: 52,
      right: 103,
      bottom: 54,
    });
  });
});
