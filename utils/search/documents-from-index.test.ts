import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import profiles from '@/data/generated/profiles.json';
import searchIndex from '@/data/generated/search-index.json';
import type { Dataset } from '@/utils/dataset/types';
import { toSearchDocs } from '@/utils/search/documents';
import { docsFromIndex } from '@/utils/search/documents-from-index';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';

const dataset = profiles as unknown as Dataset;

describe('docsFromIndex', () => {
  it('gives back the documents the index was built from', () => {
    const docs: SearchDoc[] = [
      {
        id: 'choe-son-hui',
        name: 'Choe Son-hui',
        spellings: ['choe son hui', 'choi sun hee', 'choe sonhui'],
        hangul: ['최선희'],
        roles: ['Foreign Minister', 'First Vice Minister'],
        organisations: ['Ministry of Foreign Affairs'],
        rank: 0,
      },
      {
        id: 'kcna',
        name: 'Korean Central News Agency',
        spellings: ['kcna'],
        hangul: [],
        roles: [],
        organisations: [],
        rank: 2,
      },
    ];
    const index = Fuse.parseIndex<SearchDoc>(
      JSON.parse(JSON.stringify(Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs))),
    );
    expect(docsFromIndex(docs, index)).toEqual(docs);
  });

  it('matches the documents generated from the bundled dataset, romanizations included', () => {
    const index = Fuse.parseIndex<SearchDoc>(
      searchIndex as unknown as Parameters<typeof Fuse.parseIndex>[0],
    );
    const generated = toSearchDocs(dataset.profiles);
    expect(generated.some((doc) => doc.spellings.length > 3)).toBe(true);
    expect(docsFromIndex(dataset.profiles, index)).toEqual(generated);
  });
});
