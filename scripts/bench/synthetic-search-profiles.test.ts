import { describe, expect, it } from 'vitest';
import { toSearchDocs } from '@/utils/search/documents';
import { syntheticRegistry } from '@/scripts/bench/synthetic-registry';
import { syntheticSearchProfiles } from '@/scripts/bench/synthetic-search-profiles';

const entities = syntheticRegistry({ count: 50, seed: 7 });

describe('syntheticSearchProfiles', () => {
  it('makes one profile per entity, each person with a role in one of the organisations', () => {
    const profiles = syntheticSearchProfiles(entities, 7);
    expect(profiles.map((profile) => profile.id)).toEqual(entities.map((entity) => entity.id));
    const organisations = new Set(entities.filter((e) => e.type !== 'person').map((e) => e.id));
    for (const profile of profiles) {
      if (profile.type !== 'person') expect(profile.roles).toEqual([]);
      else expect(organisations.has(profile.roles[0]?.organisation ?? '')).toBe(true);
      expect(profile.variants).not.toContain(profile.name);
    }
  });

  it('is the same for the same seed', () => {
    expect(syntheticSearchProfiles(entities, 7)).toEqual(syntheticSearchProfiles(entities, 7));
  });

  it('gives Korean names generated romanizations once made into search documents', () => {
    const person = entities.find((entity) => entity.type === 'person');
    const [doc] = toSearchDocs(syntheticSearchProfiles(entities, 7));
    expect(doc?.id).toBe(person?.id);
    expect(doc?.spellings.length).toBeGreaterThan(person?.aliases.length ?? 0);
    expect(doc?.organisations).toHaveLength(1);
  });
});
