/**
 * Shape of the generated dataset (`data/generated/profiles.json`) that every part of the
 * extension reads. Produced by `npm run data`; see docs/dataset.md.
 */
import type { PrecompiledEntity } from '@/utils/recognition';
import type { Category, EntityType } from '@/utils/recognition/types';

/** A pointer to one corpus sentence: `doc` is the corpus file name, `sentence` its sentence index in that file. */
export interface SentenceRef {
  doc: string;
  sentence: number;
}

/** A verbatim corpus span: `text === corpusText(doc).slice(start, end)` (UTF-16 offsets). */
export interface Span extends SentenceRef {
  text: string;
  start: number;
  end: number;
}

/** A corpus article as the dataset describes it: its manifest entry plus what the build counted. */
export interface CorpusDocument extends Omit<CorpusManifestEntry, 'file'> {
  /** Corpus file name, e.g. `000_3d814af907c4a39b.txt`. */
  doc: string;
  /** Entity id → mentions in this document. */
  entityCounts: Record<string, number>;
}

export interface Role {
  title: string;
  /** Entity id of the organisation, when the registry has it. */
  organisation?: string;
  /** ISO date (or `YYYY-MM`, `YYYY`) the role is attested at: the source article's date unless stated otherwise. */
  asOf: string;
  source: Span;
}

export interface Quote extends Span {
  /** The quoted words only, without the quotation marks. */
  quote: string;
}

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

export interface TimelineEvent {
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` depending on precision; for `approximate`, the best estimate. */
  date: string;
  /** For ranges ("December 5th to 9th"). */
  endDate?: string;
  precision: DatePrecision;
  /** The date expression as written in the sentence ("on the 12th", "last month"). */
  expression: string;
  source: Span;
}

export interface Profile {
  id: string;
  type: EntityType;
  category: Category;
  name: string;
  northKorean: boolean;
  /** Lower = shown first. Officials and forums rank above context entries. */
  rank: number;
  /** Curated spelling variants (canonical name excluded). */
  variants: string[];
  acronyms: string[];
  hangul: string[];
  roles: Role[];
  summary: { text: string; sources: SentenceRef[] };
  /** Entity ids. */
  related: string[];
  evidence: Span[];
  quotes: Quote[];
  timeline: TimelineEvent[];
  /** Document → mention count. */
  mentions: Record<string, number>;
  coMentions: { id: string; count: number }[];
}

export interface Dataset {
  /** Bumped when this shape changes. */
  schemaVersion: number;
  documents: CorpusDocument[];
  profiles: Profile[];
}

/**
 * One entity as the background holds it (`data/generated/lens.json`): what the hover card and its
 * citation show, plus every spelling the registry gives, for the tools that read the registry as
 * the extension carries it.
 */
export interface LensEntity {
  id: string;
  type: EntityType;
  category: Category;
  name: string;
  northKorean: boolean;
  rank: number;
  /** Everything the matcher recognises: canonical name + variants. */
  aliases: string[];
  acronyms: string[];
  hangul: string[];
  surname?: string;
  /** Acronyms a page counts only when it names some entity otherwise (see `MatcherEntity`). */
  ambiguousAcronyms?: string[];
  /** For people: their roles' titles, which the matcher reads offices from (see `MatcherEntity`). */
  titles?: string[];
  roles: Role[];
  summary: string;
  /** One quote if the entity has one, else its most informative evidence sentence. */
  excerpt: Span & { kind: 'quote' | 'evidence' };
}

export interface LensData {
  schemaVersion: number;
  documents: Pick<CorpusDocument, 'doc' | 'title' | 'publisher' | 'published'>[];
  entities: LensEntity[];
}

/**
 * One entity as the content script bundles it (`data/generated/matcher.json`): only what the
 * matcher reads to build its trie and what a mention carries. Every spelling is read into units
 * at build time (`readings`), so a page never reads an alias (`loadRecognizer`).
 */
export interface MatcherRecord extends PrecompiledEntity {
  category: Category;
}

export interface MatcherData {
  schemaVersion: number;
  entities: MatcherRecord[];
}

/** `data/corpus/manifest.json`: hand-written metadata of the corpus articles. */
export interface CorpusManifestEntry {
  file: string;
  title: string;
  publisher: string;
  author: string | null;
  /** ISO date `YYYY-MM-DD`. */
  published: string;
  /** `stated`: printed in the article; `inferred`: deduced from what the article says. */
  dateBasis: 'stated' | 'inferred';
  /** How the date was inferred, when it was. */
  dateNote?: string;
  language: string;
  /** Other provenance remarks (missing headline, unnamed publisher). */
  note?: string;
}
