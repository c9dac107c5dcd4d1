import { describe, expect, it } from 'vitest';
import { articleBlocks, firstLine } from '@/scripts/demo/article-text';

describe('articleBlocks', () => {
  it('keeps paragraphs, drops the repeated headline and letterless lines', () => {
    const text = [
      'Home NorthKorea Talks Resume.',
      '',
      'Talks Resume.',
      '',
      '0',
      '',
      'Choe Son Hui met the delegation on Monday.',
      '',
      'Desperate search for allies?',
      'Kim Yo Jong issued a statement.',
    ].join('\n');
    expect(articleBlocks(text, 'Talks Resume')).toEqual([
      { kind: 'paragraph', text: 'Choe Son Hui met the delegation on Monday.' },
      { kind: 'heading', text: 'Desperate search for allies?' },
      { kind: 'paragraph', text: 'Kim Yo Jong issued a statement.' },
    ]);
  });

  it('reads short lines without closing punctuation as subheadings and collapses whitespace', () => {
    expect(articleBlocks('Sejong Focus\n\n  The   UN  Command said so.  ', 'Other')).toEqual([
      { kind: 'heading', text: 'Sejong Focus' },
      { kind: 'paragraph', text: 'The UN Command said so.' },
    ]);
  });
});

describe('firstLine', () => {
  it('skips leading blank lines', () => {
    expect(firstLine('\n  \n  Headline here \nBody')).toBe('Headline here');
  });
});
