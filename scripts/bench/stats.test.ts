import { describe, expect, it } from 'vitest';
import { median, percentile, repeat } from '@/scripts/bench/stats';

describe('stats', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(/no values/);
  });

  it('finds nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 1)).toBe(100);
    expect(percentile([7], 0.5)).toBe(7);
  });

  it('repeats a measurement after discarding warm-up runs', async () => {
    let calls = 0;
    const results = await repeat(3, () => ++calls, 2);
    expect(results).toEqual([3, 4, 5]);
  });
});
