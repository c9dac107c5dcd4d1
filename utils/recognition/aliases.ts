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
  /** Every reading of the alias as units (several when a joined word is ambiguous). */
  readings: string[][];
  /**
   * False when a mention could not cover the alias as written: no word at all, or punctuation
   * before the first or after the last word ("Foreign Ministry (North Korea)"). Such aliases are
   * still compiled, without their outer punctuation.
   */
  matchable: boolean;
}

const MAX_READINGS = 8;
const CAPITALS_WORD = /^[A-Z][A-Z0-9]+$/;
const POSSESSIVE_OR_NOTHING = /^(['’ʼ][sS]?)?$/;
const SPACES_AND_DELETED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * The unit for punctuation between two words ("United Nations (UN) General Assembly", "U.N."):
 * a name spans punctuation only where its alias has the same punctuation.
 */
export function punctuationUnit(gap: string): string {
  return `|${gap.replace(SPACES_AND_DELETED, '')}`;
}

/** Every reading extended by one of `options` (the usual case: exactly one). */
function extend(readings: string[][], options: readonly string[][]): string[][] {
  if (options.length === 1) {
    const units = options[0]!;
    for (const reading of readings) for (const unit of units) reading.push(unit);
    return readings;
  }
  const extended: string[][] = [];
  for (const reading of readings) {
    for (const option of options) {
      if (extended.length < MAX_READINGS) extended.push([...reading, ...option]);
    }
  }
  return extended;
}

export function compileAlias(alias: string, kind: AliasKind, cache: UnitCache): CompiledAlias {
  const tokens = tokenize(alias);
  const exact = kind === 'acronym' || (tokens.length === 1 && CAPITALS_WORD.test(tokens[0]!.clean));
  let readings: string[][] = [[]];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const previous = tokens[index - 1];
    if (previous && token.before === 'break') {
      readings = extend(readings, [[punctuationUnit(alias.slice(previous.end, token.start))]]);
    }
    readings = extend(readings, exact ? [[acronymUnit(token.clean)]] : cache.of(token).readings);
  }
  const last = tokens.at(-1);
  const matchable =
    last !== undefined &&
    (tokens[0]!.start === 0 || alias.slice(0, tokens[0]!.start).trim() === '') &&
    (last.end === alias.length || POSSESSIVE_OR_NOTHING.test(alias.slice(last.end).trim()));
  return {
    alias,
    kind: exact ? 'acronym' : kind,
    readings: tokens.length ? readings : [],
    matchable,
  };
}

/** All spellings of one entity, compiled. */
export function compileEntityAliases(entity: MatcherEntity, cache: UnitCache): CompiledAlias[] {
  const compiled = [compileAlias(entity.name, 'alias', cache)];
  for (const alias of entity.aliases) {
    if (alias !== entity.name) compiled.push(compileAlias(alias, 'alias', cache));
  }
  for (const alias of entity.acronyms) compiled.push(compileAlias(alias, 'acronym', cache));
  for (const alias of entity.hangul) compiled.push(compileAlias(alias, 'hangul', cache));
  return compiled;
}

/** The lookup key of a unit sequence. */
export function unitsKey(units: readonly string[]): string {
  return units.join(' ');
}
