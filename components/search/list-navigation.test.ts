import { describe, expect, it } from 'vitest';
import { nextActive } from '@/components/search/list-navigation';

describe('nextActive', () => {
  it.each([
    [-1, 'ArrowDown', 3, 0],
    [0, 'ArrowDown', 3, 1],
    [2, 'ArrowDown', 3, 0],
    [-1, 'ArrowUp', 3, 2],
    [0, 'ArrowUp', 3, 2],
    [2, 'ArrowUp', 3, 1],
    [1, 'a', 3, 1],
    [0, 'ArrowDown', 0, -1],
  ])('from %i, %s in %i results → %i', (active, key, length, expected) => {
    expect(nextActive(active, key, length)).toBe(expected);
  });
});
