import type { Profile } from '@/utils/dataset/types';
import { CATEGORIES, type Category } from '@/utils/recognition/types';

export interface PageEntry {
  profile: Profile;
  count: number;
}

export interface PageGroup {
  category: Category;
  entries: PageEntry[];
  /** Mentions of the group's entities on the page. */
  mentions: number;
}

/**
 * The entities found on a page, grouped by category (officials, forums, others), most mentioned
 * first. Ids the dataset does not know are left out; empty groups are omitted.
 */
export function groupPageEntities(
  entities: readonly { id: string; count: number }[],
  profile: (id: string) => Profile | undefined,
): PageGroup[] {
  const entries = entities.flatMap(({ id, count }) => {
    const found = profile(id);
    return found && count > 0 ? [{ profile: found, count }] : [];
  });
  return CATEGORIES.map((category) => {
    const inGroup = entries
      .filter((entry) => entry.profile.category === category)
      .sort(
        (a, b) =>
          b.count - a.count ||
          a.profile.rank - b.profile.rank ||
          a.profile.name.localeCompare(b.profile.name),
      );
    return { category, entries: inGroup, mentions: inGroup.reduce((sum, e) => sum + e.count, 0) };
  }).filter((group) => group.entries.length > 0);
}
