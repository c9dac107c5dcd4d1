/**
 * The extension's dataset with the synthetic registry added: the background's profiles shaped
 * like `data/generated/lens.json`, and the content script's matcher data shaped like
 * `data/generated/matcher.json`, read the way the data build reads it, so the extension can be
 * built and measured in Chromium at 5,000 entities.
 */
import type { LensData, LensEntity, MatcherData } from '@/utils/dataset/types';
import { precompileEntities } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';

export interface SyntheticDataset {
  lens: LensData;
  matcher: MatcherData;
}

export function syntheticDataset(
  real: { lens: LensData; matcher: MatcherData },
  synthetic: readonly MatcherEntity[],
): SyntheticDataset {
  const excerpt = real.lens.entities[0]?.excerpt;
  if (excerpt === undefined)
    throw new Error('The real dataset has no entity to borrow an excerpt from');
  const profiles = synthetic.map((entity): LensEntity => ({
    ...entity,
    northKorean: true,
    rank: 0,
    roles: [],
    summary: `${entity.name} (generated for the benchmark).`,
    excerpt,
  }));
  const matched = precompileEntities(synthetic).map((precompiled, index) => ({
    ...precompiled,
    category: synthetic[index]!.category,
  }));
  // Same order as the matcher section's registry: synthetic entities first, then the real ones.
  return {
    lens: { ...real.lens, entities: [...profiles, ...real.lens.entities] },
    matcher: { ...real.matcher, entities: [...matched, ...real.matcher.entities] },
  };
}
