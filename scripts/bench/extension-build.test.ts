import { describe, expect, it } from 'vitest';
import { emptyOfSameShape } from '@/scripts/bench/extension-build';

describe('emptyOfSameShape', () => {
  it('keeps the top-level keys and empties their values', () => {
    expect(
      emptyOfSameShape({
        schemaVersion: 3,
        documents: [{ doc: 'a' }],
        entities: [1, 2],
        meta: { a: 1 },
        note: 'x',
      }),
    ).toEqual({ schemaVersion: 3, documents: [], entities: [], meta: {}, note: 'x' });
  });

  it('empties a top-level array', () => {
    expect(emptyOfSameShape([1, 2, 3])).toEqual([]);
  });
});
