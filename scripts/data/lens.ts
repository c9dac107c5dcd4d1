/** The compact slice of the dataset the content script bundles (data/generated/lens.json). */
import type { Dataset, LensData, LensEntity, Profile, Span } from '@/utils/dataset/types';
import { type PrecompiledEntity, precompileEntities } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';

export function toLensData(dataset: Dataset, surnames: ReadonlyMap<string, string>): LensData {
  return {
    schemaVersion: dataset.schemaVersion,
    documents: dataset.documents.map(({ doc, title, publisher, published }) => ({
      doc,
      title,
      publisher,
      published,
    })),
    entities: dataset.profiles.map((profile) => toLensEntity(profile, surnames.get(profile.id))),
  };
}

function toLensEntity(profile: Profile, surname: string | undefined): LensEntity {
  const matcher: MatcherEntity = {
    id: profile.id,
    name: profile.name,
    type: profile.type,
    category: profile.category,
    aliases: [profile.name, ...profile.variants],
    acronyms: profile.acronyms,
    hangul: profile.hangul,
    ...(surname === undefined ? {} : { surname }),
  };
  const [{ readings, surnameKey }] = precompileEntities([matcher]) as [PrecompiledEntity];
  return {
    id: profile.id,
    type: profile.type,
    category: profile.category,
    name: profile.name,
    northKorean: profile.northKorean,
    rank: profile.rank,
    aliases: matcher.aliases,
    acronyms: matcher.acronyms,
    hangul: matcher.hangul,
    ...(surname === undefined ? {} : { surname }),
    readings,
    ...(surnameKey === undefined ? {} : { surnameKey }),
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
