/**
 * The search documents read back from the prebuilt index. The index holds every value of every
 * document (the machine-generated romanizations included), so the extension pages take them from
 * it instead of generating the romanizations again each time they open.
 */
import type { FuseIndex } from 'fuse.js';
import type { SearchDoc } from '@/utils/search/fields';

/** What an index record holds for one document: key position → value or values. */
type Entry = NonNullable<FuseIndex<SearchDoc>['records'][number]['$']>;

/** `profiles` in the order the index was built from, which is dataset order. */
export function docsFromIndex(
  profiles: readonly Pick<SearchDoc, 'id' | 'name' | 'rank'>[],
  index: FuseIndex<SearchDoc>,
): SearchDoc[] {
  const keyAt = new Map(index.keys.map((key, position) => [key.id, position]));
  const entries = new Map(index.records.map((record) => [record.i, record.$ ?? {}]));
  return profiles.map((profile, position) => {
    const entry = entries.get(position) ?? {};
    const list = (key: keyof SearchDoc): string[] => valuesOf(entry, keyAt.get(key));
    return {
      id: profile.id,
      name: profile.name,
      spellings: list('spellings'),
      hangul: list('hangul'),
      roles: list('roles'),
      organisations: list('organisations'),
      rank: profile.rank,
    };
  });
}

/** The values of an array key, in their order in the document. */
function valuesOf(entry: Entry, key: number | undefined): string[] {
  const value = key === undefined ? undefined : entry[key];
  if (!Array.isArray(value)) return [];
  return [...value].sort((a, b) => (a.i ?? 0) - (b.i ?? 0)).map((item) => item.v);
}
