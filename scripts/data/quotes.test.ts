import { describe, expect, it } from 'vitest';
import { resolveCitation } from '@/scripts/data/citations';
import { extractQuote } from '@/scripts/data/quotes';
import type { CorpusDoc } from '@/scripts/data/read-inputs';
import { splitSentences } from '@/utils/dataset/sentences';

function docOf(text: string): CorpusDoc {
  const meta = {
    file: '001_aa.txt',
    title: 't',
    publisher: 'p',
    author: null,
    published: '2025-01-01',
    dateBasis: 'stated' as const,
    language: 'en',
  };
  return { meta, text, sentences: splitSentences(text) };
}

function quoteFor(text: string, words: string) {
  const cited = resolveCitation([docOf(text)], { doc: '001', text: words });
  if (!cited.ok) throw new Error(cited.message);
  return extractQuote(cited.value, words.length);
}

describe('extractQuote', () => {
  it('returns the words between curly quotation marks, without a trailing comma', () => {
    const text = 'Intro. “His going abroad suggests substance,” Grisafi says. End.';
    const result = quoteFor(text, 'going abroad');
    expect(result).toMatchObject({
      ok: true,
      value: {
        quote: 'His going abroad suggests substance',
        text: '“His going abroad suggests substance,” Grisafi says.',
        sentence: 1,
        start: 7,
      },
    });
  });

  it('skips a nested quotation to find the enclosing one', () => {
    const text = 'It said “the US did something foolish (“hitting itself”), and it helped us.”';
    const result = quoteFor(text, 'and it helped us');
    expect(result.ok && result.value.quote).toBe(
      'the US did something foolish (“hitting itself”), and it helped us.',
    );
  });

  it('handles straight quotation marks', () => {
    const text = 'Kim criticized "hegemonic powers" and "indiscriminate tariff wars" today.';
    const result = quoteFor(text, 'indiscriminate tariff');
    expect(result.ok && result.value.quote).toBe('indiscriminate tariff wars');
  });

  it('refuses words that are not quoted', () => {
    const result = quoteFor('Kim criticized "hegemonic powers" and tariffs.', 'and tariffs');
    expect(result).toMatchObject({ ok: false });
  });
});

describe('resolveCitation', () => {
  const doc = docOf('First sentence here. Second sentence here.');

  it('resolves a snippet to the whole sentence that holds it', () => {
    const result = resolveCitation([doc], { doc: '001_aa.txt', text: 'Second sentence' });
    expect(result).toMatchObject({
      ok: true,
      value: { sentence: { sentence: 1, text: 'Second sentence here.', start: 21, end: 42 } },
    });
  });

  it('explains missing, repeated and unknown-document snippets', () => {
    expect(resolveCitation([doc], { doc: '001', text: 'Third one' })).toMatchObject({
      ok: false,
      message: '"Third one" does not occur in 001_aa.txt',
    });
    expect(resolveCitation([doc], { doc: '001', text: 'sentence here' })).toMatchObject({
      ok: false,
      message: '"sentence here" occurs 2 times in 001_aa.txt; quote more words',
    });
    expect(resolveCitation([doc], { doc: '002', text: 'First sentence' })).toMatchObject({
      ok: false,
      message: 'no corpus file matches "002"',
    });
  });
});
