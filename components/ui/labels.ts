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

/** "2019-12-13" → "13 Dec 2019"; "2019-12" → "Dec 2019"; "2019" stays. Anything else is shown as is. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year ?? iso;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return date.toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'short',
    ...(day ? { day: 'numeric' } : {}),
  });
}
