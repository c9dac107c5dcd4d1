import { describe, expect, it } from 'vitest';
import { formatCitation, formatSource } from '@/utils/hover/citation';
import type { HoverProfile } from '@/utils/hover/hover-profile';

const documents = [
  {
    doc: '001.txt',
    title: 'North Korea’s Reaction towards US’s Stance at the UN Security Council',
    publisher: 'Sejong Institute',
    published: '2019-12-13',
  },
];

function profile(text: string, doc = '001.txt'): HoverProfile {
  return {
    entity: {
      id: 'ministry',
      type: 'organisation',
      name: 'Ministry of Foreign Affairs',
      northKorean: true,
      hangul: [],
      roles: [],
      summary: '',
      excerpt: { doc, sentence: 3, text, start: 0, end: text.length, kind: 'evidence' },
    },
    organisations: {},
    source: documents.find((document) => document.doc === doc) ?? null,
  };
}

describe('formatSource', () => {
  it('names the article, its publisher and its date', () => {
    expect(formatSource(documents[0]!, '001.txt')).toBe(
      'North Korea’s Reaction towards US’s Stance at the UN Security Council, Sejong Institute, 13 December 2019',
    );
  });

  it('falls back to the corpus file name for an unknown document', () => {
    expect(formatSource(null, '009.txt')).toBe('009.txt');
  });
});

describe('formatCitation', () => {
  it('quotes the sentence verbatim and cites its source', () => {
    expect(formatCitation(profile('North Korea released an official statement.'))).toBe(
      '“North Korea released an official statement.”\n— North Korea’s Reaction towards US’s Stance at the UN Security Council, Sejong Institute, 13 December 2019',
    );
  });

  it('does not add quotation marks around a sentence that already opens with one', () => {
    const citation = formatCitation(profile(' “Despite persistent demand of the US,” it said. '));
    expect(citation.split('\n')[0]).toBe('“Despite persistent demand of the US,” it said.');
  });

  it('still cites a sentence whose document is missing from the data', () => {
    expect(formatCitation(profile('A sentence.', '009.txt'))).toBe('“A sentence.”\n— 009.txt');
  });
});
