/**
 * The dataset and the search bundled with the extension pages: profiles and the Fuse index are
 * both built by `npm run data`; the pages only parse the index.
 */
import Fuse from 'fuse.js';
import profiles from '@/data/generated/profiles.json';
import searchIndex from '@/data/generated/search-index.json';
import type { Dataset } from '@/utils/dataset/types';
import { canonicalForm } from '@/utils/recognition/canonical';
import { toSearchDocs } from '@/utils/search/documents';
import type { SearchDoc } from '@/utils/search/fields';
import { createSearch } from '@/utils/search/search-engine';

export const bundledDataset = profiles as unknown as Dataset;

export const bundledSearch = createSearch(
  toSearchDocs(bundledDataset.profiles),
  Fuse.parseIndex<SearchDoc>(searchIndex as unknown as Parameters<typeof Fuse.parseIndex>[0]),
  canonicalForm,
);
