/**
 * Every spelling of an entity as a sequence of matching units, the form the matcher stores.
 * Latin aliases are compared case-insensitively, syllable by syllable; acronyms exactly, case
 * included. A one-word alias written in capitals ("UNGA") counts as an acronym.
 */
import type { MatcherEntity } from '@/utils/recognition/types';
import { tokenize } from '@/utils/recognition/tokenize';
import { acronymUnit, UnitCache } from '@/utils/recognition/units';

export type AliasKind = 'alias' | 'acronym' | 'hangul';

export interface CompiledAlias {
  alias: string;
  kind: AliasKind;
  units: string[];
  /** False when the alias contains punctuation a match cannot span ("U.S."), or no word at all. */
  matchable: boolean;
}

const CAPITALS_WORD = /^[A-Z][A-Z0-9]+$/;

export function compileAlias(alias: string, kind: AliasKind, cache: UnitCache): CompiledAlias {
  const tokens = tokenize(alias);
  const matchable =
    tokens.length > 0 && tokens.every((token, i) => i === 0 || token.before !== 'break');
  const exact = kind === 'acronym' || (tokens.length === 1 && CAPITALS_WORD.test(tokens[0]!.clean));
  const units = exact
    ? tokens.map((token) => acronymUnit(token.clean))
    : tokens.flatMap((token) => cache.of(token).units);
  return { alias, kind: exact ? 'acronym' : kind, units, matchable };
}

/** All spellings of one entity, compiled. */
export function compileEntityAliases(entity: MatcherEntity, cache: UnitCache): CompiledAlias[] {
  return [
    ...[entity.name, ...entity.aliases].map((alias) => compileAlias(alias, 'alias', cache)),
    ...entity.acronyms.map((alias) => compileAlias(alias, 'acronym', cache)),
    ...entity.hangul.map((alias) => compileAlias(alias, 'hangul', cache)),
  ];
}

/** The lookup key of a unit sequence. */
export function unitsKey(units: readonly string[]): string {
  return units.join(' ');
}
