/**
 * The spellings each registry entry claims, and the rule that no spelling may belong to two entities
 * (compared case-insensitively, with apostrophe, hyphen and space differences ignored).
 */
import type { DataProblem } from '@/scripts/data/data-error';
import type { RegistryRecord } from '@/scripts/data/read-inputs';
import { categoryOf } from '@/utils/dataset/ranking';
import { findAliasCollisions } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';

export function aliasKey(alias: string): string {
  return alias
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();
}

/**
 * Problems for every spelling claimed by more than one entity: identical once case, apostrophes,
 * hyphens and spaces are ignored, or equal to the recognizer (same romanized syllables).
 */
export function aliasConflicts(records: readonly RegistryRecord[]): DataProblem[] {
  const identical = identicalAliasConflicts(records);
  const byId = new Map(records.map((record) => [record.entry.id, record]));
  const romanized = findAliasCollisions(records.map(toMatcherEntity)).flatMap(({ claims }) => {
    const [first, ...others] = claims;
    return others.map(({ id, alias }): DataProblem => {
      const record = byId.get(id)!;
      return {
        file: record.file,
        entry: id,
        field: 'variants',
        message: `"${alias}" reads the same as "${first!.alias}" of "${first!.id}" (${byId.get(first!.id)!.file})`,
      };
    });
  });
  const reported = new Set(identical.map((problem) => problem.entry));
  return [...identical, ...romanized.filter((problem) => !reported.has(problem.entry))];
}

function identicalAliasConflicts(records: readonly RegistryRecord[]): DataProblem[] {
  const owners = new Map<string, RegistryRecord>();
  const problems: DataProblem[] = [];
  for (const record of records) {
    const { entry } = record;
    const claimed: [string, string][] = [
      ...[entry.name, ...entry.variants].map((alias): [string, string] => [alias, 'variants']),
      ...entry.acronyms.map((alias): [string, string] => [alias, 'acronyms']),
      ...entry.hangul.map((alias): [string, string] => [alias, 'hangul']),
    ];
    for (const [alias, field] of claimed) {
      const key = aliasKey(alias);
      const owner = owners.get(key);
      if (owner && owner.entry.id !== entry.id) {
        problems.push({
          file: record.file,
          entry: entry.id,
          field,
          message: `"${alias}" is already claimed by "${owner.entry.id}" (${owner.file})`,
        });
      } else if (!owner) owners.set(key, record);
    }
  }
  return problems;
}

export function toMatcherEntity({ entry }: RegistryRecord): MatcherEntity {
  return {
    id: entry.id,
    name: entry.name,
    type: entry.type,
    category: categoryOf(entry.rank, entry.type),
    aliases: unique([entry.name, ...entry.variants]),
    acronyms: unique(entry.acronyms),
    hangul: unique(entry.hangul),
    ...(entry.surname === undefined ? {} : { surname: entry.surname }),
    ...(entry.ambiguousAcronyms.length === 0
      ? {}
      : { ambiguousAcronyms: unique(entry.ambiguousAcronyms) }),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
