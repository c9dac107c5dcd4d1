/**
 * The search documents for the profiles, in dataset order. The data build indexes exactly these
 * (data/generated/search-index.json), and the popup and side panel rebuild the same list from the
 * dataset to pair with that prebuilt index, so the two must come from this one function.
 */
import type { Profile } from '@/utils/dataset/types';
import { foldQuery } from '@/utils/search/query-forms';
import type { SearchDoc } from '@/utils/search/fields';

type SearchableProfile = Pick<
  Profile,
  'id' | 'name' | 'variants' | 'acronyms' | 'hangul' | 'roles' | 'rank'
>;

export function toSearchDocs(profiles: readonly SearchableProfile[]): SearchDoc[] {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]));
  return profiles.map((profile) => ({
    id: profile.id,
    name: profile.name,
    spellings: distinct([profile.name, ...profile.variants, ...profile.acronyms].map(foldQuery)),
    hangul: distinct(profile.hangul),
    roles: distinct(profile.roles.map((role) => role.title)),
    organisations: distinct(
      profile.roles
        .map((role) => (role.organisation === undefined ? undefined : names.get(role.organisation)))
        .filter((name): name is string => name !== undefined),
    ),
    rank: profile.rank,
  }));
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}
