import { describe, expect, it } from 'vitest';
import { createChangeBatch } from '@/utils/page/change-batch';
import type { PageMention } from '@/utils/page/types';

const mention = (key: string) => ({ key }) as PageMention;

describe('createChangeBatch', () => {
  it('collects what arrived and left, and starts afresh once taken', () => {
    const batch = createChangeBatch();
    const [a, b, c] = [mention('a'), mention('b'), mention('c')];
    expect(batch.isEmpty()).toBe(true);
    batch.record([a], [b]);
    batch.record([], [c]);
    expect(batch.isEmpty()).toBe(false);
    expect(batch.take()).toEqual({ removed: [a], added: [b, c] });
    expect(batch.isEmpty()).toBe(true);
  });

  it('drops a mention that arrived and left within the batch', () => {
    const batch = createChangeBatch();
    const [a, b] = [mention('a'), mention('b')];
    batch.record([], [a, b]);
    batch.record([a], []);
    expect(batch.take()).toEqual({ removed: [], added: [b] });
  });
});
