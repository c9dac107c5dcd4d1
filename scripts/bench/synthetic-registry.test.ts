import { describe, expect, it } from 'vitest';
import { syntheticRegistry } from '@/scripts/bench/synthetic-registry';

describe('syntheticRegistry', () => {
  const registry = syntheticRegistry({ count: 5000, seed: 42 });

  it('makes exactly the requested number of entities with unique ids and names', () => {
    expect(registry).toHaveLength(5000);
    expect(new Set(registry.map((e) => e.id)).size).toBe(5000);
    expect(new Set(registry.map((e) => e.name)).size).toBe(5000);
  });

  it('is four fifths people with variants, Hangul and a surname', () => {
    const people = registry.filter((e) => e.type === 'person');
    expect(people).toHaveLength(4000);
    for (const person of people.slice(0, 50)) {
      expect(person.aliases[0]).toBe(person.name);
      expect(person.aliases.length).toBeGreaterThanOrEqual(3);
      expect(person.hangul[0]).toMatch(/^[\uac00-\ud7a3]{3}$/);
      expect(person.name.startsWith(`${person.surname} `)).toBe(true);
    }
  });

  it('gives organisations unique acronyms only', () => {
    const acronyms = registry.flatMap((e) => e.acronyms);
    expect(acronyms.length).toBeGreaterThan(100);
    expect(new Set(acronyms).size).toBe(acronyms.length);
  });

  it('is deterministic for a seed', () => {
    expect(syntheticRegistry({ count: 200, seed: 42 })).toEqual(
      syntheticRegistry({ count: 200, seed: 42 }),
    );
    expect(syntheticRegistry({ count: 200, seed: 43 })).not.toEqual(
      syntheticRegistry({ count: 200, seed: 42 }),
    );
  });
});
