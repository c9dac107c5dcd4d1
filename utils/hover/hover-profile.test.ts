import { describe, expect, it } from 'vitest';
import type { LensData, LensEntity } from '@/utils/dataset/types';
import { profileLookup } from '@/utils/hover/hover-profile';

const excerpt = { doc: 'a.txt', sentence: 0, text: 'KCNA said.', start: 0, end: 10 };

function entity(id: string, name: string, extra: Partial<LensEntity> = {}): LensEntity {
  return {
    id,
    type: 'organisation',
    category: 'forum',
    name,
    northKorean: true,
    rank: 2,
    aliases: [name],
    acronyms: [],
    hangul: [],
    roles: [],
    summary: `${name}.`,
    excerpt: { ...excerpt, kind: 'evidence' },
    ...extra,
  };
}

const role = (title: string, organisation: string) => ({
  title,
  organisation,
  asOf: '2025',
  source: excerpt,
});

const data: LensData = {
  schemaVersion: 1,
  documents: [
    { doc: 'a.txt', title: 'Title A', publisher: 'Publisher A', published: '2025-09-10' },
  ],
  entities: [
    entity('org.mofa', 'Ministry of Foreign Affairs'),
    entity('org.wpk', "Workers' Party of Korea"),
    entity('org.kcna', 'KCNA'),
    entity('person.choe', 'Choe Son Hui', {
      type: 'person',
      category: 'official',
      aliases: ['Choe Son Hui', 'Choi Sun-hee'],
      surname: 'Choe',
      hangul: ['최선희'],
      roles: [role('Foreign Minister', 'org.mofa'), role('Member', 'org.wpk'), role('Envoy', 'x')],
      excerpt: { ...excerpt, doc: 'unknown.txt', kind: 'quote' },
    }),
  ],
};

describe('profileLookup', () => {
  const lookup = profileLookup(data);

  it('gives what the card reads, the names of its roles’ organisations and the source article', () => {
    expect(lookup('org.kcna')).toEqual({
      entity: {
        id: 'org.kcna',
        type: 'organisation',
        name: 'KCNA',
        northKorean: true,
        hangul: [],
        roles: [],
        summary: 'KCNA.',
        excerpt: { ...excerpt, kind: 'evidence' },
      },
      organisations: {},
      source: data.documents[0],
    });
  });

  it('names only the organisations of the entity’s own roles that the dataset knows', () => {
    const choe = lookup('person.choe')!;
    expect(choe.organisations).toEqual({
      'org.mofa': 'Ministry of Foreign Affairs',
      'org.wpk': "Workers' Party of Korea",
    });
    expect(choe.entity).not.toHaveProperty('aliases');
    expect(choe.source).toBeNull();
  });

  it('answers null for an id the dataset does not hold', () => {
    expect(lookup('person.nobody')).toBeNull();
  });
});
