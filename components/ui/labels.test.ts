import { describe, expect, it } from 'vitest';
import { formatDate } from '@/components/ui/labels';

describe('formatDate', () => {
  it.each([
    ['2019-12-13', '13 Dec 2019'],
    ['2017-12', 'Dec 2017'],
    ['2015', '2015'],
    ['around 2015', 'around 2015'],
  ])('%s → %s', (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});
