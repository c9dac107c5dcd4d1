/**
 * What the search index holds for each profile. Shared by the data build (which writes the
 * prebuilt Fuse index) and the popup / side panel (which load it), so both sides agree.
 */
import type { IFuseOptions } from 'fuse.js';

export interface SearchDoc {
  id: string;
  name: string;
  /** Variants, acronyms and machine-generated romanizations, folded to plain lowercase ASCII. */
  spellings: string[];
  hangul: string[];
  roles: string[];
  organisations: string[];
  rank: number;
}

export const SEARCH_KEYS = [
  { name: 'name', weight: 3 },
  { name: 'spellings', weight: 2 },
  { name: 'hangul', weight: 2 },
  { name: 'roles', weight: 1 },
  { name: 'organisations', weight: 1 },
] as const;

export const SEARCH_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
};
