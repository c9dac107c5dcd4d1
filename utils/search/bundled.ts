/**
 * The dataset and the search bundled with the extension pages: profiles and the Fuse index are
 * both built by `npm run data`; the pages parse the index and read the search documents back
 * from it.
 */
import Fuse from 'fuse.js';
import profiles from '@/data/generated/profiles.json';
import searchIndex from '@/data/generated/search-index.json';
import type { Dataset } from '@/utils/dataset/types';
import { canonicalForm } from '@/utils/recognition/canonical';
import { docsFromIndex } from '@/utils/search/documents-from-index';
import type { SearchDoc } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';

export const bundledDataset = profiles as unknown as Dataset;

const index = Fuse.parseIndex<SearchDoc>(
  searchIndex as unknown as Parameters<typeof Fuse.parseIndex>[0],
);

export const bundledSearch = createSearch(
  docsFromIndex(bundledDataset.profiles, index),
  index,
  canonicalForm,
);
