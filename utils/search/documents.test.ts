import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import profiles from '@/data/generated/profiles.json';
import searchIndex from '@/data/generated/search-index.json';
import type { Dataset } from '@/utils/dataset/types';
import { canonicalForm } from '@/utils/recognition';
import { toSearchDocs, type SearchableProfile } from '@/utils/search/documents';
import { SEARCH_OPTIONS } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';

const dataset = profiles as unknown as Dataset;

const profile = (overrides: Partial<SearchableProfile>): SearchableProfile => ({
  id: 'person.choe-son-hui',
  type: 'person',
  name: 'Choe Son Hui',
  variants: ['Choi Sun-hee'],
  acronyms: [],
  hangul: ['최선희'],
  roles: [],
  rank: 1,
  ...overrides,
});

describe('toSearchDocs', () => {
  it('folds names, variants and acronyms, and adds romanizations for Korean names', () => {
    const [doc] = toSearchDocs([profile({})]);
    expect(doc!.spellings).toEqual(expect.arrayContaining(['choe son hui', 'choi sun hee']));
    expect(doc!.spellings).toContain(canonicalForm('Choe Son Hui'));
    expect(doc!.spellings.length).toBeGreaterThan(3);
    expect(doc!.hangul).toEqual(['최선희']);
  });

  it('does not invent romanizations for organisations', () => {
    const [doc] = toSearchDocs([
      profile({
        id: 'org.kcna',
        type: 'organisation',
        name: 'Korean Central News Agency',
        variants: [],
        hangul: [],
        acronyms: ['KCNA'],
      }),
    ]);
    expect(doc!.spellings).toEqual([
      ...new Set([
        'korean central news agency',
        'kcna',
        canonicalForm('Korean Central News Agency'),
      ]),
    ]);
  });

  it('names the organisations of roles and keeps role titles once', () => {
    const source = { doc: 'd', sentence: 0, text: 't', start: 0, end: 1 };
    const docs = toSearchDocs([
      profile({
        roles: [
          { title: 'Foreign Minister', organisation: 'org.mofa', asOf: '2025', source },
          { title: 'Foreign Minister', asOf: '2024', source },
        ],
      }),
      profile({ id: 'org.mofa', type: 'organisation', name: 'Foreign Ministry', hangul: [] }),
    ]);
    expect(docs[0]!.roles).toEqual(['Foreign Minister']);
    expect(docs[0]!.organisations).toEqual(['Foreign Ministry']);
  });
});

describe('the committed search index', () => {
  const docs = toSearchDocs(dataset.profiles);
  const search = createSearch(
    docs,
    Fuse.parseIndex<(typeof docs)[number]>(searchIndex as never),
    canonicalForm,
  );

  it('pairs with toSearchDocs(profiles): same documents in the same order', () => {
    const rebuilt = Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs).toJSON();
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(searchIndex);
  });

  it.each([
    ['Choi Sun-hee', 'person.choe-son-hui'],
    ['Kim Sun Kyung', 'person.kim-son-gyong'],
    ['kim son gyong', 'person.kim-son-gyong'],
    ['최선희', 'person.choe-son-hui'],
    ['KCNA', 'org.kcna'],
    ['Supreme Peoples Assembly', 'forum.supreme-peoples-assembly'],
    ['Ri Yong Ho', 'person.ri-yong-ho'],
    ['Guteres', 'person.antonio-guterres'],
  ])('finds %s', (query, id) => {
    expect(search(query)[0]?.id).toBe(id);
  });
});
