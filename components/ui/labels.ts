/** Words the extension pages use for the dataset's categories and types. */
import type { Category, EntityType } from '@/utils/recognition/types';

export const CATEGORY_LABELS: Record<Category, string> = {
  official: 'North Korean officials',
  forum: 'Forums and organisations',
  context: 'Others',
};

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  forum: 'Forum',
  programme: 'Programme',
};
