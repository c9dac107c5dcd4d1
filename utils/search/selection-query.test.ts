import { describe, expect, it } from 'vitest';
import { MAX_SELECTION_QUERY, selectionQuery } from '@/utils/search/selection-query';

describe('selectionQuery', () => {
  it('takes a selected name as it reads, spaces and line breaks collapsed', () => {
    expect(selectionQuery('Choe\n      Son-hui')).toBe('Choe Son-hui');
    expect(selectionQuery('  Kim Sun Kyung ')).toBe('Kim Sun Kyung');
    expect(selectionQuery('최선희')).toBe('최선희');
  });

  it('drops the quotation marks, brackets and punctuation a selection drags along', () => {
    expect(selectionQuery('“Kim Yo Jong,”')).toBe('Kim Yo Jong');
    expect(selectionQuery('(KCNA).')).toBe('KCNA');
    expect(selectionQuery('「김여정」')).toBe('김여정');
    // Inside the name they stay: they are part of it.
    expect(selectionQuery("Supreme People's Assembly")).toBe("Supreme People's Assembly");
    expect(selectionQuery('U.N. Security Council.')).toBe('U.N. Security Council');
  });

  it('is no query when nothing but spaces and punctuation is selected', () => {
    expect(selectionQuery('')).toBeNull();
    expect(selectionQuery('   \n ')).toBeNull();
    expect(selectionQuery('” — ')).toBeNull();
  });

  it('is no query for a selection too long to be a name', () => {
    const sentence =
      'Speaking at the annual UN General Assembly high-level meeting, Vice Foreign Minister Kim Son Gyong delivered a firm message.';
    expect(selectionQuery(sentence)).toBeNull();
    expect(selectionQuery('one two three four five six seven eight nine')).toBeNull();
    expect(selectionQuery('x'.repeat(MAX_SELECTION_QUERY))).toBe('x'.repeat(MAX_SELECTION_QUERY));
    expect(selectionQuery('x'.repeat(MAX_SELECTION_QUERY + 1))).toBeNull();
    // A whole page selected: long even if its start would do.
    expect(selectionQuery(`Kim Jong Un ${' '.repeat(10_000)} and more`)).toBeNull();
  });
});
