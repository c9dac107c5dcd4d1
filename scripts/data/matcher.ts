/**
 * What the content script bundles (data/generated/matcher.json): every entity's spellings read
 * into matching units, so a page builds the matcher's trie without reading any alias.
 */
import { toMatcherEntity } from '@/scripts/data/matcher-entity';
import type { Dataset, MatcherData } from '@/utils/dataset/types';
import { precompileEntities } from '@/utils/recognition';

export function toMatcherData(
  dataset: Dataset,
  surnames: ReadonlyMap<string, string>,
): MatcherData {
  const entities = dataset.profiles.map((profile) =>
    toMatcherEntity(profile, surnames.get(profile.id)),
  );
  return {
    schemaVersion: dataset.schemaVersion,
    entities: precompileEntities(entities).map((precompiled, index) => ({
      ...precompiled,
      category: entities[index]!.category,
    })),
  };
}
