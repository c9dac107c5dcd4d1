import { describe, expect, it } from 'vitest';
import type { LensData, LensEntity, Role } from '@/utils/dataset/types';
import { profileLookup } from '@/utils/hover/hover-profile';
import { profileCard, unavailableCard } from '@/utils/hover/profile-card';

const source = { doc: 'a.txt', sentence: 1, text: 'x', start: 0, end: 1 };
const role = (title: string, asOf: string, organisation?: string): Role => ({
  title,
  asOf,
  source,
  ...(organisation ? { organisation } : {}),
});

const ministry: LensEntity = {
  id: 'mofa',
  type: 'organisation',
  category: 'forum',
  name: 'Ministry of Foreign Affairs',
  northKorean: true,
  rank: 2,
  aliases: [],
  acronyms: [],
  hangul: [],
  roles: [],
  summary: 'North Korea’s foreign ministry.',
  excerpt: { ...source, text: ' The ministry said so. ', kind: 'evidence' },
};

const choe: LensEntity = {
  id: 'choe-son-hui',
  type: 'person',
  category: 'official',
  name: 'Choe Son Hui',
  northKorean: true,
  rank: 1,
  aliases: [],
  acronyms: [],
  hangul: ['최선희', '崔善姬'],
  surname: 'Choe',
  roles: [
    role('Vice Foreign Minister', '2018', 'mofa'),
    role('Foreign Minister', '2025-09', 'mofa'),
  ],
  summary: 'North Korea’s foreign minister.',
  excerpt: { ...source, doc: 'b.txt', text: '“We will respond,” Choe said.', kind: 'quote' },
};

const data: LensData = {
  schemaVersion: 1,
  documents: [
    { doc: 'a.txt', title: 'Title A', publisher: 'Publisher A', published: '2019-12-13' },
    { doc: 'b.txt', title: 'Title B', publisher: 'Publisher B', published: '2025-09-20' },
  ],
  entities: [ministry, choe],
};

/** The card the popover shows for `entity`, given the profile the background would send. */
function cardOf(entity: LensEntity, articleDate: string | null) {
  const lens = { ...data, entities: data.entities.map((e) => (e.id === entity.id ? entity : e)) };
  return profileCard(profileLookup(lens)(entity.id)!, articleDate);
}

describe('profileCard', () => {
  it('shows the role as of the article date with its affiliation by name', () => {
    const card = cardOf(choe, '2019-12-13');
    expect(card).toMatchObject({
      name: 'Choe Son Hui',
      hangul: '최선희',
      typeName: 'Person',
      northKorean: true,
      role: {
        title: 'Vice Foreign Minister',
        affiliation: 'Ministry of Foreign Affairs',
        note: 'Role as of this article (13 December 2019), reported 2018',
      },
      summary: 'North Korea’s foreign minister.',
      excerpt: {
        kind: 'quote',
        text: '“We will respond,” Choe said.',
        source: 'Title B, Publisher B, 20 September 2025',
      },
    });
  });

  it('shows the latest role when the page has no date', () => {
    expect(cardOf(choe, null).role).toEqual({
      title: 'Foreign Minister',
      affiliation: 'Ministry of Foreign Affairs',
      note: 'Latest known role, reported September 2025',
    });
  });

  it('says when the only known roles come after the article', () => {
    expect(cardOf(choe, '2010-01-01').role?.note).toBe(
      'Reported 2018, after this article (1 January 2010)',
    );
  });

  it('leaves out what the entity lacks: role, Hangul, an unknown affiliation', () => {
    const card = cardOf(ministry, null);
    expect(card.role).toBeUndefined();
    expect(card.hangul).toBeUndefined();
    expect(card.typeName).toBe('Organisation');
    expect(card.excerpt).toEqual({
      kind: 'evidence',
      text: 'The ministry said so.',
      source: 'Title A, Publisher A, 13 December 2019',
    });
    const stranger = { ...choe, roles: [role('Envoy', '2019', 'unknown-org')] };
    expect(cardOf(stranger, null).role?.affiliation).toBeUndefined();
  });

  it('names the entity and says why when its profile could not be had', () => {
    expect(
      unavailableCard(
        { id: 'choe-son-hui', name: 'Choe Son Hui', type: 'person' },
        'Could not load the profile.',
      ),
    ).toEqual({
      id: 'choe-son-hui',
      name: 'Choe Son Hui',
      hangul: undefined,
      typeName: 'Person',
      northKorean: false,
      role: undefined,
      summary: 'Could not load the profile.',
      excerpt: undefined,
    });
  });
});
