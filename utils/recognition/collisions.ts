/**
 * Registry checks the data build and the tests run: spellings two entities would both claim
 * once normalised, and spellings that can never match.
 */
import { compileEntityAliases, unitsKey } from '@/utils/recognition/aliases';
import type { MatcherEntity } from '@/utils/recognition/types';
import { UnitCache } from '@/utils/recognition/units';

export interface AliasCollision {
  /** The normalised form both spellings share. */
  key: string;
  /** Each claim: entity id and the spelling as the registry writes it. */
  claims: { id: string; alias: string }[];
}

/** Spellings of different entities that normalise to the same thing ("Choe Son Hui" / "Choi Sun-hee"). */
export function findAliasCollisions(entities: readonly MatcherEntity[]): AliasCollision[] {
  const cache = new UnitCache();
  const byKey = new Map<string, { id: string; alias: string }[]>();
  for (const entity of entities) {
    for (const compiled of compileEntityAliases(entity, cache)) {
      for (const reading of compiled.readings) {
        const key = unitsKey(reading);
        const claims = byKey.get(key) ?? [];
        if (!claims.some((claim) => claim.id === entity.id)) {
          claims.push({ id: entity.id, alias: compiled.alias });
        }
        byKey.set(key, claims);
      }
    }
  }
  return [...byKey]
    .filter(([, claims]) => claims.length > 1)
    .map(([key, claims]) => ({ key, claims }));
}

/** Spellings a mention cannot cover as written: no word, or punctuation outside the words. */
export function findUnmatchableAliases(
  entities: readonly MatcherEntity[],
): { id: string; alias: string }[] {
  const cache = new UnitCache();
  return entities.flatMap((entity) =>
    compileEntityAliases(entity, cache)
      .filter((compiled) => !compiled.matchable)
      .map((compiled) => ({ id: entity.id, alias: compiled.alias })),
  );
}
