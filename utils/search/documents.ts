/**
 * The search documents for the profiles, in dataset order. The data build indexes exactly these
 * (data/generated/search-index.json); the popup and side panel read them back from that index
 * (documents-from-index.ts) rather than generating the romanizations again at every open.
 */
import type { Profile } from '@/utils/dataset/types';
import { canonicalForm, romanizationVariants } from '@/utils/recognition';
import type { SearchDoc } from '@/utils/search/fields';
import { foldQuery } from '@/utils/search/query-forms';

export type SearchableProfile = Pick<
  Profile,
  'id' | 'type' | 'name' | 'variants' | 'acronyms' | 'hangul' | 'roles' | 'rank'
>;

export function toSearchDocs(profiles: readonly SearchableProfile[]): SearchDoc[] {
  const names = new Map(profiles.map((profile) => [profile.id, profile.name]));
  return profiles.map((profile) => ({
    id: profile.id,
    name: profile.name,
    spellings: distinct(spellingsOf(profile).map(foldQuery)),
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

/**
 * Curated spellings and acronyms, each name's canonical romanization, and for Korean names
 * (people with a Hangul spelling) the machine-generated romanizations of the canonical name.
 */
function spellingsOf(profile: SearchableProfile): string[] {
  const names = [profile.name, ...profile.variants];
  const korean = profile.type === 'person' && profile.hangul.length > 0;
  return [
    ...names,
    ...profile.acronyms,
    ...names.map(canonicalForm),
    ...(korean ? romanizationVariants(profile.name) : []),
  ];
}

function distinct(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}
