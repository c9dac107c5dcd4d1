/**
 * Mentions that arrived and left since the highlights were last updated. A mention that arrives
 * and leaves within one batch never reaches the highlights.
 */
import type { PageMention } from '@/utils/page/types';

export interface ChangeBatch {
  record(removed: readonly PageMention[], added: readonly PageMention[]): void;
  isEmpty(): boolean;
  /** Returns the batch and starts a new one. */
  take(): { removed: PageMention[]; added: PageMention[] };
}

export function createChangeBatch(): ChangeBatch {
  let removed = new Set<PageMention>();
  let added = new Set<PageMention>();
  return {
    record(leaving, arriving) {
      for (const mention of leaving) {
        if (!added.delete(mention)) removed.add(mention);
      }
      for (const mention of arriving) added.add(mention);
    },
    isEmpty: () => removed.size === 0 && added.size === 0,
    take() {
      const batch = { removed: [...removed], added: [...added] };
      removed = new Set();
      added = new Set();
      return batch;
    },
  };
}
