/** Everything the build writes, rendered in memory first: file name → exact file contents. */
import Fuse from 'fuse.js';
import { assembleDataset } from '@/scripts/data/assemble-profiles';
import { canonicalJson } from '@/scripts/data/canonical-json';
import { toLensData } from '@/scripts/data/lens';
import { toMatcherData } from '@/scripts/data/matcher';
import type { Inputs } from '@/scripts/data/read-inputs';
import { toSearchDocs } from '@/utils/search/documents';
import { SEARCH_OPTIONS } from '@/utils/search/fields';

export const OUTPUT_FILES = [
  'lens.json',
  'matcher.json',
  'profiles.json',
  'search-index.json',
] as const;

export type Outputs = Record<(typeof OUTPUT_FILES)[number], string>;

export function renderOutputs(inputs: Inputs): Outputs {
  const dataset = assembleDataset(inputs);
  const extras = new Map(inputs.registry.map(({ entry }) => [entry.id, entry] as const));
  const docs = toSearchDocs(dataset.profiles);
  const index = Fuse.createIndex(SEARCH_OPTIONS.keys ?? [], docs).toJSON();
  return {
    'lens.json': canonicalJson(toLensData(dataset, extras)),
    'matcher.json': canonicalJson(toMatcherData(dataset, extras)),
    'profiles.json': canonicalJson(dataset),
    'search-index.json': canonicalJson(index),
  };
}
