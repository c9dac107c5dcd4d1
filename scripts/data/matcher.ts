/**
 * What the content script bundles (data/generated/matcher.json): every entity's spellings read
 * into matching units, so a page builds the matcher's trie without reading any alias.
 */
import { type MatcherExtras, toMatcherEntity } from '@/scripts/data/matcher-entity';
import type { Dataset, MatcherData } from '@/utils/dataset/types';
import { precompileEntities } from '@/utils/recognition';

export function toMatcherData(
  dataset: Dataset,
  extras: ReadonlyMap<string, MatcherExtras>,
): MatcherData {
  const entities = dataset.profiles.map((profile) =>
    toMatcherEntity(profile, extras.get(profile.id)),
  );
  return {
    schemaVersion: dataset.schemaVersion,
    entities: precompileEntities(entities).map((precompiled, index) => ({
      ...precompiled,
      category: entities[index]!.category,
    })),
  };
}
