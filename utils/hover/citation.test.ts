import { describe, expect, it } from 'vitest';
import type { LensEntity } from '@/utils/dataset/types';
import { formatCitation, formatSource } from '@/utils/hover/citation';

const documents = [
  {
    doc: '001.txt',
    title: 'North Korea’s Reaction towards US’s Stance at the UN Security Council',
    publisher: 'Sejong Institute',
    published: '2019-12-13',
  },
];

function entity(text: string, doc = '001.txt'): LensEntity {
  return {
    id: 'ministry',
    type: 'organisation',
    category: 'forum',
    name: 'Ministry of Foreign Affairs',
    northKorean: true,
    rank: 1,
    aliases: ['Ministry of Foreign Affairs'],
    acronyms: [],
    hangul: [],
    readings: [],
    roles: [],
    summary: '',
    excerpt: { doc, sentence: 3, text, start: 0, end: text.length, kind: 'evidence' },
  };
}

describe('formatSource', () => {
  it('names the article, its publisher and its date', () => {
    expect(formatSource(documents[0], '001.txt')).toBe(
      'North Korea’s Reaction towards US’s Stance at the UN Security Council, Sejong Institute, 13 December 2019',
    );
  });

  it('falls back to the corpus file name for an unknown document', () => {
    expect(formatSource(undefined, '009.txt')).toBe('009.txt');
  });
});

describe('formatCitation', () => {
  it('quotes the sentence verbatim and cites its source', () => {
    expect(formatCitation(entity('North Korea released an official statement.'), documents)).toBe(
      '“North Korea released an official statement.”\n— North Korea’s Reaction towards US’s Stance at the UN Security Council, Sejong Institute, 13 December 2019',
    );
  });

  it('does not add quotation marks around a sentence that already opens with one', () => {
    const citation = formatCitation(
      entity(' “Despite persistent demand of the US,” it said. '),
      documents,
    );
    expect(citation.split('\n')[0]).toBe('“Despite persistent demand of the US,” it said.');
  });

  it('still cites a sentence whose document is missing from the data', () => {
    expect(formatCitation(entity('A sentence.', '009.txt'), documents)).toBe(
      '“A sentence.”\n— 009.txt',
    );
  });
});
