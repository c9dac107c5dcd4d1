import { describe, expect, it } from 'vitest';
import { toLensData } from '@/scripts/data/lens';
import type { Dataset, Profile, Span } from '@/utils/dataset/types';

const span = (sentence: number): Span => ({
  doc: '001_aa.txt',
  sentence,
  text: `Sentence ${sentence}.`,
  start: sentence * 20,
  end: sentence * 20 + 11,
});

const base: Profile = {
  id: 'person.choe-son-hui',
  type: 'person',
  category: 'official',
  name: 'Choe Son Hui',
  northKorean: true,
  rank: 1,
  variants: ['Choi Sun-hee'],
  acronyms: [],
  hangul: ['최선희'],
  roles: [],
  summary: { text: 'Foreign minister.', sources: [{ doc: '001_aa.txt', sentence: 2 }] },
  related: [],
  evidence: [span(1), span(2), span(3)],
  quotes: [],
  timeline: [],
  mentions: { '001_aa.txt': 3 },
  coMentions: [],
};

function lensOf(profile: Profile) {
  const dataset: Dataset = {
    schemaVersion: 1,
    documents: [
      {
        doc: '001_aa.txt',
        title: 'T',
        publisher: 'P',
        author: null,
        published: '2025-09-10',
        dateBasis: 'stated',
        language: 'en',
        entityCounts: {},
      },
    ],
    profiles: [profile],
  };
  return toLensData(dataset, new Map([[profile.id, { surname: 'Choe' }]]));
}

describe('toLensData', () => {
  it('keeps what the matcher and popover need, with the name first among the aliases', () => {
    const lens = lensOf(base);
    expect(lens.documents).toEqual([
      { doc: '001_aa.txt', title: 'T', publisher: 'P', published: '2025-09-10' },
    ]);
    expect(lens.entities[0]).toMatchObject({
      aliases: ['Choe Son Hui', 'Choi Sun-hee'],
      surname: 'Choe',
      summary: 'Foreign minister.',
    });
  });

  it('prefers a quote, then the first role, then the summary sentence, then the first evidence', () => {
    const quote = { ...span(3), quote: 'Sentence 3' };
    const role = { title: 'Minister', asOf: '2025', source: span(1) };
    expect(lensOf({ ...base, quotes: [quote], roles: [role] }).entities[0]!.excerpt).toEqual({
      ...span(3),
      kind: 'quote',
    });
    expect(lensOf({ ...base, roles: [role] }).entities[0]!.excerpt).toEqual({
      ...span(1),
      kind: 'evidence',
    });
    expect(lensOf(base).entities[0]!.excerpt).toEqual({ ...span(2), kind: 'evidence' });
    const unsourced = { ...base, summary: { text: 'x', sources: [] } };
    expect(lensOf(unsourced).entities[0]!.excerpt).toEqual({ ...span(1), kind: 'evidence' });
  });
});
