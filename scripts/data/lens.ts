/**
 * The slice of the dataset the background holds (data/generated/lens.json): what the hover card
 * and its citation show, and every spelling of each entity.
 */
import { type MatcherExtras, toMatcherEntity } from '@/scripts/data/matcher-entity';
import type { Dataset, LensData, LensEntity, Profile, Span } from '@/utils/dataset/types';

export function toLensData(dataset: Dataset, extras: ReadonlyMap<string, MatcherExtras>): LensData {
  return {
    schemaVersion: dataset.schemaVersion,
    documents: dataset.documents.map(({ doc, title, publisher, published }) => ({
      doc,
      title,
      publisher,
      published,
    })),
    entities: dataset.profiles.map((profile) => toLensEntity(profile, extras.get(profile.id))),
  };
}

function toLensEntity(profile: Profile, extras: MatcherExtras | undefined): LensEntity {
  return {
    ...toMatcherEntity(profile, extras),
    northKorean: profile.northKorean,
    rank: profile.rank,
    roles: profile.roles,
    summary: profile.summary.text,
    excerpt: excerptOf(profile),
  };
}

/** The first attributed quote; else the sentence the first role or the summary rests on; else the first evidence. */
function excerptOf(profile: Profile): Span & { kind: 'quote' | 'evidence' } {
  const quote = profile.quotes[0];
  if (quote) {
    const { quote: _words, ...span } = quote;
    return { ...span, kind: 'quote' };
  }
  const summarySource = profile.summary.sources[0];
  const cited =
    profile.roles[0]?.source ??
    profile.evidence.find(
      (span) => span.doc === summarySource?.doc && span.sentence === summarySource.sentence,
    ) ??
    profile.evidence[0]!;
  return { ...cited, kind: 'evidence' };
}
