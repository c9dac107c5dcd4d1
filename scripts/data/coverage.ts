/**
 * How well the registry covers the corpus: person-like names no entry accounts for (unless the
 * ignore list explains them), ignore-list entries that no longer match anything, and registry
 * spellings that never occur in the corpus.
 */
import { aliasKey, toMatcherEntity } from '@/scripts/data/aliases';
import { mentionFinder } from '@/scripts/data/find-mentions';
import { findPersonLikeNames, type NameShape } from '@/scripts/data/person-like-names';
import type { Inputs } from '@/scripts/data/read-inputs';
import type { IgnoreFile } from '@/utils/dataset/ignore-schema';
import { findUnmatchableAliases } from '@/utils/recognition';

export interface UncoveredName {
  doc: string;
  text: string;
  shape: NameShape;
  /** 1-based line in the corpus file. */
  line: number;
}

export interface CoverageReport {
  uncovered: UncoveredName[];
  ignored: UncoveredName[];
  /** Ignore-list names that match nothing uncovered any more. */
  staleIgnores: string[];
  /** Entity id → its spellings that never occur in the corpus. */
  unusedSpellings: Record<string, string[]>;
  /** Spellings the recognition core reports it can never match. */
  unmatchable: { id: string; alias: string }[];
}

export function coverageOf({ docs, registry }: Inputs, ignore: IgnoreFile): CoverageReport {
  const entities = registry.map(toMatcherEntity);
  const findMentions = mentionFinder(entities);
  const ignoredNames = new Map(ignore.ignore.map(({ name }) => [aliasKey(name), name]));
  const usedIgnores = new Set<string>();
  const seenSpellings = new Map<string, Set<string>>();
  const uncovered: UncoveredName[] = [];
  const ignored: UncoveredName[] = [];

  for (const doc of docs) {
    const mentions = findMentions(doc);
    for (const mention of mentions) {
      const seen = seenSpellings.get(mention.id) ?? new Set<string>();
      seen.add(aliasKey(mention.text));
      seenSpellings.set(mention.id, seen);
    }
    for (const candidate of findPersonLikeNames(doc.text)) {
      const covered = mentions.some(
        (mention) => candidate.start < mention.end && candidate.end > mention.start,
      );
      if (covered) continue;
      const name: UncoveredName = {
        doc: doc.meta.file,
        text: candidate.text,
        shape: candidate.shape,
        line: doc.text.slice(0, candidate.start).split('\n').length,
      };
      const key = aliasKey(candidate.text);
      if (ignoredNames.has(key)) {
        usedIgnores.add(key);
        ignored.push(name);
      } else uncovered.push(name);
    }
  }

  const unusedSpellings: Record<string, string[]> = {};
  for (const entity of entities) {
    const seen = seenSpellings.get(entity.id) ?? new Set<string>();
    const spellings = [...entity.aliases, ...entity.acronyms, ...entity.hangul];
    const unused = spellings.filter((spelling) => !seen.has(aliasKey(spelling)));
    if (unused.length > 0) unusedSpellings[entity.id] = unused;
  }

  return {
    uncovered,
    ignored,
    staleIgnores: [...ignoredNames]
      .filter(([key]) => !usedIgnores.has(key))
      .map(([, name]) => name),
    unusedSpellings,
    unmatchable: findUnmatchableAliases(entities),
  };
}
