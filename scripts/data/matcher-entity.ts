/** A profile as the recognition core reads it: its identity and every spelling to recognise. */
import type { RegistryEntry } from '@/utils/dataset/registry-schema';
import type { Profile } from '@/utils/dataset/types';
import type { MatcherEntity } from '@/utils/recognition/types';

/** What the matcher takes from a registry entry beyond its profile. */
export type MatcherExtras = Partial<Pick<RegistryEntry, 'surname' | 'ambiguousAcronyms'>>;

export function toMatcherEntity(profile: Profile, extras: MatcherExtras = {}): MatcherEntity {
  const { surname, ambiguousAcronyms = [] } = extras;
  const titles = profile.type === 'person' ? profile.roles.map((role) => role.title) : [];
  return {
    id: profile.id,
    name: profile.name,
    type: profile.type,
    category: profile.category,
    aliases: [profile.name, ...profile.variants],
    acronyms: profile.acronyms,
    hangul: profile.hangul,
    ...(surname === undefined ? {} : { surname }),
    ...(ambiguousAcronyms.length === 0 ? {} : { ambiguousAcronyms }),
    ...(titles.length === 0 ? {} : { titles }),
  };
}
