import { describe, expect, it } from 'vitest';
import { compareDates, formatDate } from '@/utils/dataset/display-date';

describe('formatDate', () => {
  it('writes days, months and years in words', () => {
    expect(formatDate('2019-12-13')).toBe('13 December 2019');
    expect(formatDate('2018-09-01')).toBe('1 September 2018');
    expect(formatDate('2017-12')).toBe('December 2017');
    expect(formatDate('2018')).toBe('2018');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDate('last month')).toBe('last month');
    expect(formatDate('2018-00')).toBe('2018');
  });
});

describe('compareDates', () => {
  it('orders partial dates by the first day they may mean', () => {
    expect(compareDates('2018', '2018-01-01')).toBe(0);
    expect(compareDates('2018-09', '2018-09-23')).toBe(-1);
    expect(compareDates('2019-12-13', '2019')).toBe(1);
    expect(compareDates('2017-12-15', '2019-12-13')).toBe(-1);
  });
});

describe('formatDate with short month names', () => {
  it.each([
    ['2019-12-13', '13 Dec 2019'],
    ['2017-12', 'Dec 2017'],
    ['2015', '2015'],
    ['around 2015', 'around 2015'],
  ])('%s → %s', (iso, text) => {
    expect(formatDate(iso, 'short')).toBe(text);
  });
});
