/**
 * Exact-spelling matcher used by the data build: finds every alias (case-insensitive, apostrophes,
 * hyphens and spaces interchangeable), acronym (case-sensitive) and Hangul spelling on word
 * boundaries, longest match first. Same interface as the recognition core's `compileRecognizer`.
 */
import type { MatcherEntity, Mention } from '@/utils/recognition/types';

export interface Recognizer {
  scan(text: string): Mention[];
}

export function compileRecognizer(entities: readonly MatcherEntity[]): Recognizer {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const insensitive = new Map<string, string>();
  const sensitive = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) insensitive.set(aliasPattern(alias), entity.id);
    for (const spelling of [...entity.acronyms, ...entity.hangul]) {
      sensitive.set(escape(spelling), entity.id);
    }
  }
  const patterns = [compile(insensitive, 'giu'), compile(sensitive, 'gu')].filter(
    (pattern): pattern is CompiledPattern => pattern !== undefined,
  );

  return {
    scan(text) {
      const candidates: Mention[] = [];
      for (const { regex, ids } of patterns) {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m; m = regex.exec(text)) {
          const group = m.slice(1).findIndex((value) => value !== undefined);
          const entity = byId.get(ids[group]!)!;
          candidates.push({
            start: m.index,
            end: m.index + m[0].length,
            text: m[0],
            id: entity.id,
            name: entity.name,
            type: entity.type,
            backref: false,
          });
        }
      }
      return longestFirst(candidates);
    },
  };
}

interface CompiledPattern {
  regex: RegExp;
  ids: string[];
}

function compile(patterns: Map<string, string>, flags: string): CompiledPattern | undefined {
  if (patterns.size === 0) return undefined;
  const ordered = [...patterns].sort(([a], [b]) => b.length - a.length || a.localeCompare(b));
  const body = ordered.map(([pattern]) => `(${pattern})`).join('|');
  return {
    regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags),
    ids: ordered.map(([, id]) => id),
  };
}

/** Keeps non-overlapping mentions, preferring the longer of two that overlap. */
function longestFirst(candidates: Mention[]): Mention[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const mention of sorted) {
    if (kept.every((other) => mention.end <= other.start || mention.start >= other.end)) {
      kept.push(mention);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

function aliasPattern(alias: string): string {
  return alias
    .trim()
    .split(/[\s\u00a0-]+/)
    .map((word) => escape(word).replace(/['’]/g, "['’]"))
    .join('[\\s\\u00a0-]+');
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
