/**
 * The content script's dataset with the synthetic registry added, shaped like
 * `data/generated/lens.json` and read the way the data build reads it, so the extension can be
 * built and measured in Chromium at 5,000 entities.
 */
import type { LensData, LensEntity } from '@/utils/dataset/types';
import { precompileEntities } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';

export function syntheticLensData(real: LensData, synthetic: readonly MatcherEntity[]): LensData {
  const excerpt = real.entities[0]?.excerpt;
  if (excerpt === undefined)
    throw new Error('The real dataset has no entity to borrow an excerpt from');
  const precompiled = precompileEntities(synthetic);
  const added = synthetic.map((entity, index): LensEntity => {
    const { readings, surnameKey } = precompiled[index]!;
    return {
      id: entity.id,
      type: entity.type,
      category: entity.category,
      name: entity.name,
      northKorean: true,
      rank: 0,
      aliases: entity.aliases,
      acronyms: entity.acronyms,
      hangul: entity.hangul,
      ...(entity.surname === undefined ? {} : { surname: entity.surname }),
      readings,
      ...(surnameKey === undefined ? {} : { surnameKey }),
      roles: [],
      summary: `${entity.name} (generated for the benchmark).`,
      excerpt,
    };
  });
  // Same order as the matcher section's registry: synthetic entities first, then the real ones.
  return { ...real, entities: [...added, ...real.entities] };
}
