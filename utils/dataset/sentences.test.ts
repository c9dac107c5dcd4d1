import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '@/utils/dataset/sentences';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks followed by a capital', () => {
    expect(texts('One thing. Two things? Three! 4 is a number.')).toEqual([
      'One thing.',
      'Two things?',
      'Three!',
      '4 is a number.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(
      texts('The U.S. President met Mr. Kim. Dr. Ri and J. Smith spoke to the U.S.-led forum.'),
    ).toEqual([
      'The U.S. President met Mr. Kim.',
      'Dr. Ri and J. Smith spoke to the U.S.-led forum.',
    ]);
  });

  it('keeps reference numbers and dotted dates whole', () => {
    expect(texts('[Sejong Commentary] No.2019-33')).toEqual(['[Sejong Commentary] No.2019-33']);
    expect(texts('2017.12.15. | CO 17-32')).toEqual(['2017.12.15. | CO 17-32']);
  });

  it('does not split inside a quotation, and ends the sentence after the closing mark', () => {
    expect(
      texts('“He is here. He will stay,” Grisafi said. He announced that “we leave.” However, no.'),
    ).toEqual([
      '“He is here. He will stay,” Grisafi said.',
      'He announced that “we leave.”',
      'However, no.',
    ]);
    expect(texts('He said, "We go. Now." Then he left.')).toEqual([
      'He said, "We go. Now."',
      'Then he left.',
    ]);
  });

  it('treats every line break as a boundary, so headings without full stops stand alone', () => {
    expect(
      texts('A Complex Diplomatic Backdrop\nThe diplomat spoke.\n\n\u00a0\n\nOnline Series'),
    ).toEqual(['A Complex Diplomatic Backdrop', 'The diplomat spoke.', 'Online Series']);
  });

  it('does not split before a lowercase continuation', () => {
    expect(texts('It rose 2.5 per cent. in value vs. last year.')).toEqual([
      'It rose 2.5 per cent. in value vs. last year.',
    ]);
  });

  it('numbers sentences from 0 and gives UTF-16 offsets into the input', () => {
    const input = '  Kim Yo Jong’s statement — “two Koreas.”\n한국어 문장. Next one.  ';
    const sentences = splitSentences(input);
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2]);
    for (const sentence of sentences) {
      expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('is stable: the same text always gives the same sentences', () => {
    const input = 'A. B. C.\nD? E!';
    expect(splitSentences(input)).toEqual(splitSentences(input));
  });
});

describe('sentenceAt', () => {
  it('finds the sentence containing an offset, or -1 between sentences', () => {
    const sentences = splitSentences('First one. Second one.');
    expect(sentenceAt(sentences, 0)).toBe(0);
    expect(sentenceAt(sentences, 12)).toBe(1);
    expect(sentenceAt(sentences, 10)).toBe(-1);
  });
});
