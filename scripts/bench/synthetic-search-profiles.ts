/**
 * Searchable profiles for a synthetic registry: each entity with its aliases as variants, and each
 * person with a role in one of the organisations. Passed through `toSearchDocs` as the data build
 * does, Korean names get their canonical and machine-generated romanizations.
 */
import type { MatcherEntity } from '@/utils/recognition/types';
import type { SearchableProfile } from '@/utils/search/documents';
import { seededRandom } from '@/scripts/bench/random';

const ROLES = [
  'First Vice Minister',
  'Director',
  'Department Director',
  'Ambassador',
  'Chairman',
  'Secretary',
];
const RANKS = { official: 0, forum: 1, context: 2 } as const;

export function syntheticSearchProfiles(
  entities: readonly MatcherEntity[],
  seed: number,
): SearchableProfile[] {
  const random = seededRandom(seed);
  const organisations = entities.filter((entity) => entity.type !== 'person');
  return entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    variants: entity.aliases.filter((alias) => alias !== entity.name),
    acronyms: entity.acronyms,
    hangul: entity.hangul,
    roles:
      entity.type === 'person' && organisations.length > 0
        ? [
            {
              title: random.pick(ROLES),
              organisation: random.pick(organisations).id,
              asOf: '2025',
              source: { doc: 'synthetic', sentence: 0, text: '', start: 0, end: 0 },
            },
          ]
        : [],
    rank: RANKS[entity.category],
  }));
}
