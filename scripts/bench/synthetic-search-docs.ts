/** Search documents for a synthetic registry, shaped like the ones the data build writes. */
import type { MatcherEntity } from '@/utils/recognition/types';
import type { SearchDoc } from '@/utils/search/fields';
import { foldQuery } from '@/utils/search/query-forms';
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

export function syntheticSearchDocs(entities: readonly MatcherEntity[], seed: number): SearchDoc[] {
  const random = seededRandom(seed);
  const organisations = entities
    .filter((entity) => entity.type !== 'person')
    .map((entity) => entity.name);
  return entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    spellings: [...new Set([...entity.aliases, ...entity.acronyms].map(foldQuery))],
    hangul: entity.hangul,
    roles: entity.type === 'person' ? [random.pick(ROLES)] : [],
    organisations:
      entity.type === 'person' && organisations.length > 0 ? [random.pick(organisations)] : [],
    rank: RANKS[entity.category],
  }));
}
