import { describe, expect, it } from 'vitest';
import { findDates } from '@/utils/dataset/dates';

type Expected = [expression: string, date: string, precision: string, endDate?: string];

// [sentence, article date, expected mentions in reading order]
const CASES: [string, string, Expected[]][] = [
  ['Date 2019-12-13 View 1,456', '2019-12-13', [['2019-12-13', '2019-12-13', 'day']]],
  ['2017.12.15. | CO 17-32', '2017-12-15', [['2017.12.15.', '2017-12-15', 'day']]],
  [
    'the General Assembly in New York on September 23.',
    '2025-09-10',
    [['September 23', '2025-09-23', 'day']],
  ],
  ['a meeting on the September 4, he hinted', '2025-09-10', [['September 4', '2025-09-04', 'day']]],
  [
    'back in New York late in the year, on December 30',
    '2026-01-02',
    [['December 30', '2025-12-30', 'day']],
  ],
  [
    'his five-day visit to North Korea from December 5th to 9th.',
    '2017-12-15',
    [['December 5th to 9th', '2017-12-05', 'day', '2017-12-09']],
  ],
  ['It was November 30th, one day after', '2017-12-15', [['November 30th', '2017-11-30', 'day']]],
  ['since 3 March 2021 and', '2022-01-01', [['3 March 2021', '2021-03-03', 'day']]],
  ['established in December 2023.', '2025-09-10', [['December 2023', '2023-12', 'month']]],
  ['In September, the minister spoke', '2017-12-15', [['In September', '2017-09', 'month']]],
  ['at the end of September, during', '2017-12-15', [['of September', '2017-09', 'month']]],
  [
    'visited Uganda last October, potentially',
    '2015-06-25',
    [['last October', '2014-10', 'month']],
  ],
  [
    'at the Korea-China summit this December',
    '2019-12-13',
    [['this December', '2019-12', 'month']],
  ],
  [
    'released a statement on the 12th, condemning a meeting the day before',
    '2019-12-13',
    [
      ['on the 12th', '2019-12-12', 'day'],
      ['the day before', '2019-12-11', 'day'],
    ],
  ],
  ['a statement on the 28th', '2019-12-13', [['on the 28th', '2019-11-28', 'day']]],
  ['a statement evaluating it last month that', '2025-09-10', [['last month', '2025-08', 'month']]],
  ['Last month, North Korea invited', '2018-01-05', [['Last month', '2017-12', 'month']]],
  ['the APEC summit next month', '2025-09-29', [['next month', '2025-10', 'month']]],
  [
    'Last week, the leader stated',
    '2025-09-29',
    [['Last week', '2025-09-22', 'approximate', '2025-09-28']],
  ],
  ['stated on Monday that', '2025-09-29', [['on Monday', '2025-09-29', 'day']]],
  ['an interview on Friday that', '2025-09-29', [['on Friday', '2025-09-26', 'day']]],
  ['left the country on Tuesday on a tour', '2015-06-25', [['on Tuesday', '2015-06-23', 'day']]],
  ['will meet next Tuesday', '2015-06-25', [['next Tuesday', '2015-06-30', 'day']]],
  ['speech in 2018. In recent years', '2025-09-10', [['2018', '2018', 'year']]],
  ['met three times during 2018-2019, but', '2025-09-29', [['2018-2019', '2018', 'year', '2019']]],
  ['Since the mid-1990s, it has', '2017-12-15', [['mid-1990s', '1995', 'approximate']]],
  ['test launches before or after Christmas', '2019-12-13', [['Christmas', '2019-12-25', 'day']]],
  [
    'the last year of the decade, to welcome the year 2020',
    '2019-12-13',
    [['2020', '2020', 'year']],
  ],
  ['at this year’s assembly', '2025-09-10', [['this year', '2025', 'year']]],
  ['the earlier the better', '2025-09-10', []],
  ['[Sejong Commentary] No.2019-33', '2019-12-13', []],
  ['©KINU 2017', '2017-12-15', []],
  ['this may suggest that', '2017-12-15', []],
  ['It met for 15 hour-long talks', '2017-12-15', []],
];

describe('findDates', () => {
  it.each(CASES)('%s (published %s)', (sentence, published, expected) => {
    const found = findDates(sentence, published).map((mention) => {
      const row: Expected = [mention.expression, mention.date, mention.precision];
      if (mention.endDate) row.push(mention.endDate);
      return row;
    });
    expect(found).toEqual(expected);
  });

  it('reports where each expression starts in the sentence', () => {
    const sentence = 'On August 19, Kim chaired a meeting; on the 20th it ended.';
    for (const mention of findDates(sentence, '2025-09-10')) {
      expect(sentence.slice(mention.index, mention.index + mention.expression.length)).toBe(
        mention.expression,
      );
    }
  });

  it('ignores impossible calendar dates', () => {
    expect(findDates('on February 30 the meeting', '2021-03-01')).toEqual([]);
  });
});
