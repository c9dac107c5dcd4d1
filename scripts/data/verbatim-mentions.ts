/**
 * Spellings the recognizer cannot match because they contain punctuation a name cannot span (the
 * byline "Sung, Ki-Young") are still located verbatim, so the sentences that carry them count as
 * evidence. Only places no recognized mention already covers are added.
 */
import { findUnmatchableAliases, type Mention } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';

export function verbatimMentions(
  entities: readonly MatcherEntity[],
  text: string,
  recognized: readonly Mention[],
): Mention[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const found: Mention[] = [];
  const taken = (start: number, end: number) =>
    [...recognized, ...found].some((other) => start < other.end && end > other.start);
  for (const { id, alias } of findUnmatchableAliases(entities)) {
    const entity = byId.get(id)!;
    for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (!onWordBoundaries(text, at, end) || taken(at, end)) continue;
      found.push({
        start: at,
        end,
        text: alias,
        id,
        name: entity.name,
        type: entity.type,
        backref: false,
      });
    }
  }
  return found;
}

function onWordBoundaries(text: string, start: number, end: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  return !word.test(text.charAt(start - 1)) && !word.test(text.charAt(end));
}
