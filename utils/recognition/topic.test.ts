import { describe, expect, it } from 'vitest';
import { namesTheSubject, supportedMentions } from '@/utils/recognition/topic';

const cnn = { text: 'CNN', ambiguous: true };
const kcna = { text: 'KCNA', ambiguous: false };

describe('namesTheSubject', () => {
  it('needs one mention that is not an ambiguous acronym', () => {
    expect(namesTheSubject([])).toBe(false);
    expect(namesTheSubject([cnn, cnn])).toBe(false);
    expect(namesTheSubject([cnn, kcna])).toBe(true);
  });
});

describe('supportedMentions', () => {
  it('keeps ambiguous acronyms beside another mention, in order', () => {
    expect(supportedMentions([cnn, kcna, cnn])).toEqual([cnn, kcna, cnn]);
  });

  it('drops them when nothing else is named', () => {
    expect(supportedMentions([cnn, cnn])).toEqual([]);
  });
});
