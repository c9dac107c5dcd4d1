/** A profile as the recognition core reads it: its identity and every spelling to recognise. */
import type { Profile } from '@/utils/dataset/types';
import type { MatcherEntity } from '@/utils/recognition/types';

export function toMatcherEntity(profile: Profile, surname: string | undefined): MatcherEntity {
  return {
    id: profile.id,
    name: profile.name,
    type: profile.type,
    category: profile.category,
    aliases: [profile.name, ...profile.variants],
    acronyms: profile.acronyms,
    hangul: profile.hangul,
    ...(surname === undefined ? {} : { surname }),
  };
}
