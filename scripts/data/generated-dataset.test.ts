import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/dataset/sentences';
import type { Dataset, LensData, MatcherData, Span } from '@/utils/dataset/types';
import { compileRecognizer, loadRecognizer } from '@/utils/recognition';

// Checks the committed output against the committed corpus: every quoted span is verbatim.
const read = (path: string) => readFileSync(path, 'utf8');
const dataset = JSON.parse(read('data/generated/profiles.json')) as Dataset;
const lens = JSON.parse(read('data/generated/lens.json')) as LensData;
const matcher = JSON.parse(read('data/generated/matcher.json')) as MatcherData;
const index = JSON.parse(read('data/generated/search-index.json')) as { records: unknown[] };
const corpus = new Map(dataset.documents.map(({ doc }) => [doc, read(`data/corpus/${doc}`)]));
const sentences = new Map([...corpus].map(([doc, text]) => [doc, splitSentences(text)]));

function expectVerbatim(span: Span, where: string) {
  const text = corpus.get(span.doc);
  expect(text, `${where}: unknown document ${span.doc}`).toBeDefined();
  expect(text!.slice(span.start, span.end), where).toBe(span.text);
  const sentence = sentences.get(span.doc)![span.sentence]!;
  expect([sentence.start, sentence.end], `${where}: sentence id`).toEqual([span.start, span.end]);
}

describe('data/generated/profiles.json', () => {
  it('covers all five corpus articles', () => {
    expect(dataset.documents.map((document) => document.doc)).toHaveLength(5);
  });

  it.each(dataset.profiles.map((profile) => [profile.id, profile] as const))(
    '%s: has evidence, and every span it shows is a verbatim corpus slice',
    (id, profile) => {
      expect(profile.evidence.length).toBeGreaterThan(0);
      profile.evidence.forEach((span, i) => expectVerbatim(span, `${id} evidence[${i}]`));
      profile.roles.forEach((role, i) => expectVerbatim(role.source, `${id} roles[${i}]`));
      profile.timeline.forEach((event, i) => {
        expectVerbatim(event.source, `${id} timeline[${i}]`);
        expect(event.source.text).toContain(event.expression);
      });
      profile.quotes.forEach((quote, i) => {
        expectVerbatim(quote, `${id} quotes[${i}]`);
        expect(quote.text).toContain(quote.quote);
      });
      expect(profile.summary.sources.length).toBeGreaterThan(0);
      for (const source of profile.summary.sources) {
        expect(sentences.get(source.doc)?.[source.sentence]).toBeDefined();
      }
    },
  );

  it('counts mentions consistently per profile and per document', () => {
    for (const document of dataset.documents) {
      for (const profile of dataset.profiles) {
        expect(profile.mentions[document.doc] ?? 0).toBe(document.entityCounts[profile.id] ?? 0);
      }
    }
  });

  it('keeps co-mentions symmetric', () => {
    const count = new Map(
      dataset.profiles.flatMap((profile) =>
        profile.coMentions.map(({ id, count }) => [`${profile.id}|${id}`, count] as const),
      ),
    );
    for (const [key, value] of count) {
      const [a, b] = key.split('|');
      expect(count.get(`${b}|${a}`), key).toBe(value);
    }
  });

  it('lists only known ids as related entities and role organisations', () => {
    const ids = new Set(dataset.profiles.map((profile) => profile.id));
    for (const profile of dataset.profiles) {
      for (const id of profile.related) expect(ids.has(id), `${profile.id} → ${id}`).toBe(true);
      for (const role of profile.roles) {
        if (role.organisation) expect(ids.has(role.organisation)).toBe(true);
      }
    }
  });
});

describe('data/generated/lens.json, matcher.json and search-index.json', () => {
  it('hold one entry per profile, in the same order', () => {
    const ids = dataset.profiles.map((profile) => profile.id);
    expect(lens.entities.map((entity) => entity.id)).toEqual(ids);
    expect(matcher.entities.map((entity) => entity.id)).toEqual(ids);
    expect(index.records).toHaveLength(dataset.profiles.length);
  });

  it('give every entity a verbatim excerpt', () => {
    for (const entity of lens.entities) expectVerbatim(entity.excerpt, `${entity.id} excerpt`);
  });

  it('give the matcher each entity’s name, type and category as the profiles do', () => {
    expect(
      matcher.entities.map(({ id, name, type, category }) => ({ id, name, type, category })),
    ).toEqual(
      dataset.profiles.map(({ id, name, type, category }) => ({ id, name, type, category })),
    );
  });

  it('carry readings that recognise the corpus exactly as the aliases they were read from', () => {
    const fromReadings = loadRecognizer(matcher.entities);
    const fromAliases = compileRecognizer(lens.entities);
    let mentions = 0;
    for (const [doc, text] of corpus) {
      const found = fromReadings.scan(text);
      expect(found, doc).toEqual(fromAliases.scan(text));
      mentions += found.length;
    }
    expect(mentions).toBeGreaterThan(100);
  });
});
