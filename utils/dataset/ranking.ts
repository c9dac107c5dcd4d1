/** How a registry entry's rank and type become its display category and numeric rank. */
import type { Category, EntityType } from '@/utils/recognition/types';

/** Lower is shown first: officials, then forums, then context entries. */
export const RANK_OF: Record<Category, number> = { official: 1, forum: 2, context: 3 };

export function categoryOf(rank: 'primary' | 'context', type: EntityType): Category {
  if (rank === 'context') return 'context';
  return type === 'person' ? 'official' : 'forum';
}
