/**
 * Which of the entities named in a sentence a date in that sentence belongs to. A sentence's dates
 * are not all about everyone it names ("Kim Yong Nam, second only to Kim Jong Un, visited Uganda
 * last October" dates Kim Yong Nam's trip, not Kim Jong Un), so a date goes to:
 * - when it opens the sentence, before any name ("On August 19, Kim chaired..."): the sentence's
 *   subject, taken as its first person named, else its first name of any kind;
 * - otherwise: the first person named before it (else the first name before it), and the name right
 *   before it when no comma, semicolon or dash separates them ("the parade in Beijing on September 3").
 */
import type { EntityType } from '@/utils/recognition/types';

export interface PlacedMention {
  id: string;
  type: EntityType;
  /** Offsets within the sentence. */
  start: number;
  end: number;
}

export function dateOwners(
  sentence: string,
  mentions: readonly PlacedMention[],
  dateStart: number,
): Set<string> {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const before = ordered.filter((mention) => mention.end <= dateStart);
  if (before.length === 0) {
    const subject = ordered.find((mention) => mention.type === 'person') ?? ordered[0];
    return new Set(subject ? [subject.id] : []);
  }
  const owners = new Set<string>();
  owners.add((before.find((mention) => mention.type === 'person') ?? before[0]!).id);
  const nearest = before[before.length - 1]!;
  if (!/[,;:—–]/.test(sentence.slice(nearest.end, dateStart))) owners.add(nearest.id);
  return owners;
}
