/**
 * Turns validated inputs into the dataset: resolves every citation, finds every mention of every
 * entity with the recognizer, and derives evidence, mention counts, co-mentions, quotes and the
 * timeline of each profile.
 */
import { aliasConflicts, toMatcherEntity } from '@/scripts/data/aliases';
import { resolveCitation, spanOf, type ResolvedCitation } from '@/scripts/data/citations';
import { DataInputError, type DataProblem } from '@/scripts/data/data-error';
import { dateOwners } from '@/scripts/data/date-owners';
import { mentionFinder } from '@/scripts/data/find-mentions';
import { extractQuote } from '@/scripts/data/quotes';
import type { CorpusDoc, Inputs, RegistryRecord } from '@/scripts/data/read-inputs';
import { findDates } from '@/utils/dataset/dates';
import { categoryOf, RANK_OF } from '@/utils/dataset/ranking';
import type { Citation } from '@/utils/dataset/registry-schema';
import type { Mention } from '@/utils/recognition';
import { sentenceAt } from '@/utils/dataset/sentences';
import type {
  CorpusDocument,
  Dataset,
  Profile,
  Quote,
  Role,
  Span,
  TimelineEvent,
} from '@/utils/dataset/types';

export const SCHEMA_VERSION = 1;

/** Entity id → the sentences (per document) that mention it, with mention counts. */
interface MentionTally {
  sentences: Map<string, Set<number>>;
  counts: Map<string, number>;
}

export function assembleDataset({ docs, registry }: Inputs): Dataset {
  const problems: DataProblem[] = [...duplicateIds(registry), ...aliasConflicts(registry)];
  const ids = new Set(registry.map(({ entry }) => entry.id));
  const { tallies, mentionsByDoc } = tallyMentions(docs, registry);
  const coMentions = countCoMentions(tallies);

  const profiles: Profile[] = [];
  for (const record of registry) {
    const cite = citer(docs, record, problems);
    const { entry } = record;
    for (const [index, id] of entry.related.entries()) {
      if (!ids.has(id)) problems.push(at(record, `related[${index}]`, `unknown entity "${id}"`));
    }
    const roles: Role[] = [];
    entry.roles.forEach((role, index) => {
      const source = cite(role.cite, `roles[${index}].cite`);
      if (role.organisation !== undefined && !ids.has(role.organisation)) {
        problems.push(
          at(record, `roles[${index}].organisation`, `unknown entity "${role.organisation}"`),
        );
      }
      if (!source) return;
      roles.push({
        title: role.title,
        ...(role.organisation === undefined ? {} : { organisation: role.organisation }),
        asOf: role.asOf ?? source.doc.meta.published,
        source: source.sentence,
      });
    });
    const summarySources = entry.summary.cite
      .map((citation, index) => cite(citation, `summary.cite[${index}]`))
      .filter((source) => source !== undefined)
      .map(({ sentence }) => ({ doc: sentence.doc, sentence: sentence.sentence }));
    const quotes: Quote[] = [];
    entry.quotes.forEach((citation, index) => {
      const source = cite(citation, `quotes[${index}]`);
      if (!source) return;
      const quote = extractQuote(source, citation.text.length);
      if (quote.ok) quotes.push(quote.value);
      else problems.push(at(record, `quotes[${index}]`, quote.message));
    });

    const tally = tallies.get(entry.id)!;
    const evidence = evidenceOf(docs, tally);
    if (evidence.length === 0) {
      problems.push(at(record, 'variants', `no spelling of "${entry.name}" occurs in the corpus`));
    }
    const category = categoryOf(entry.rank, entry.type);
    profiles.push({
      id: entry.id,
      type: entry.type,
      category,
      name: entry.name,
      northKorean: entry.northKorean,
      rank: RANK_OF[category],
      variants: [...new Set(entry.variants)].filter((variant) => variant !== entry.name),
      acronyms: [...new Set(entry.acronyms)],
      hangul: [...new Set(entry.hangul)],
      roles,
      summary: { text: entry.summary.text, sources: summarySources },
      related: [...new Set(entry.related)].sort(),
      evidence,
      quotes,
      timeline: timelineOf(entry.id, docs, evidence, mentionsByDoc),
      mentions: Object.fromEntries([...tally.counts].sort(([a], [b]) => a.localeCompare(b))),
      coMentions: [...(coMentions.get(entry.id) ?? new Map<string, number>())]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    });
  }
  if (problems.length > 0) throw new DataInputError(problems);

  return {
    schemaVersion: SCHEMA_VERSION,
    documents: docs.map((doc) => documentOf(doc, tallies)),
    profiles: profiles.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

function at(record: RegistryRecord, field: string, message: string): DataProblem {
  return { file: record.file, entry: record.entry.id, field, message };
}

/** A citation resolver for one entry that records problems instead of throwing. */
function citer(docs: readonly CorpusDoc[], record: RegistryRecord, problems: DataProblem[]) {
  return (citation: Citation, field: string): ResolvedCitation | undefined => {
    const result = resolveCitation(docs, citation);
    if (result.ok) return result.value;
    problems.push(at(record, field, result.message));
    return undefined;
  };
}

function duplicateIds(registry: readonly RegistryRecord[]): DataProblem[] {
  const first = new Map<string, RegistryRecord>();
  const problems: DataProblem[] = [];
  for (const record of registry) {
    const earlier = first.get(record.entry.id);
    if (earlier) problems.push(at(record, 'id', `duplicate id, also defined in ${earlier.file}`));
    else first.set(record.entry.id, record);
  }
  return problems;
}

function tallyMentions(docs: readonly CorpusDoc[], registry: readonly RegistryRecord[]) {
  const findMentions = mentionFinder(registry.map(toMatcherEntity));
  const tallies = new Map<string, MentionTally>(
    registry.map(({ entry }) => [entry.id, { sentences: new Map(), counts: new Map() }]),
  );
  const mentionsByDoc = new Map<string, Mention[]>();
  for (const doc of docs) {
    const mentions = findMentions(doc);
    mentionsByDoc.set(doc.meta.file, mentions);
    for (const mention of mentions) {
      const tally = tallies.get(mention.id);
      const sentence = sentenceAt(doc.sentences, mention.start);
      if (!tally || sentence === -1) continue;
      const file = doc.meta.file;
      tally.counts.set(file, (tally.counts.get(file) ?? 0) + 1);
      const sentences = tally.sentences.get(file) ?? new Set<number>();
      sentences.add(sentence);
      tally.sentences.set(file, sentences);
    }
  }
  return { tallies, mentionsByDoc };
}

/** Entity id → co-mentioned entity id → number of sentences that mention both. */
function countCoMentions(tallies: Map<string, MentionTally>) {
  const bySentence = new Map<string, string[]>();
  for (const [id, tally] of tallies) {
    for (const [file, sentences] of tally.sentences) {
      for (const sentence of sentences) {
        const key = `${file}#${sentence}`;
        bySentence.set(key, [...(bySentence.get(key) ?? []), id]);
      }
    }
  }
  const counts = new Map<string, Map<string, number>>();
  for (const ids of bySentence.values()) {
    for (const id of ids) {
      const row = counts.get(id) ?? new Map<string, number>();
      for (const other of ids) if (other !== id) row.set(other, (row.get(other) ?? 0) + 1);
      counts.set(id, row);
    }
  }
  return counts;
}

function evidenceOf(docs: readonly CorpusDoc[], tally: MentionTally): Span[] {
  const evidence: Span[] = [];
  for (const doc of docs) {
    const sentences = [...(tally.sentences.get(doc.meta.file) ?? [])].sort((a, b) => a - b);
    for (const index of sentences) evidence.push(spanOf(doc, index));
  }
  return evidence;
}

/** Dated events from the entity's evidence: each date its sentence attributes to the entity. */
function timelineOf(
  id: string,
  docs: readonly CorpusDoc[],
  evidence: readonly Span[],
  mentionsByDoc: ReadonlyMap<string, Mention[]>,
): TimelineEvent[] {
  const published = new Map(docs.map((doc) => [doc.meta.file, doc.meta.published]));
  const events: TimelineEvent[] = [];
  for (const source of evidence) {
    const inSentence = (mentionsByDoc.get(source.doc) ?? [])
      .filter((mention) => mention.start >= source.start && mention.end <= source.end)
      .map((mention) => ({
        ...mention,
        start: mention.start - source.start,
        end: mention.end - source.start,
      }));
    for (const found of findDates(source.text, published.get(source.doc)!)) {
      if (!dateOwners(source.text, inSentence, found.index).has(id)) continue;
      events.push({
        date: found.date,
        ...(found.endDate === undefined ? {} : { endDate: found.endDate }),
        precision: found.precision,
        expression: found.expression,
        source,
      });
    }
  }
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.source.doc.localeCompare(b.source.doc) ||
      a.source.sentence - b.source.sentence ||
      a.expression.localeCompare(b.expression),
  );
}

function documentOf(doc: CorpusDoc, tallies: Map<string, MentionTally>): CorpusDocument {
  const { file, ...meta } = doc.meta;
  const entityCounts: Record<string, number> = {};
  for (const [id, tally] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const count = tally.counts.get(file);
    if (count) entityCounts[id] = count;
  }
  return { doc: file, ...meta, entityCounts };
}
