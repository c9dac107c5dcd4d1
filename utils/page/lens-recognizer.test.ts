import { describe, expect, it } from 'vitest';
import matcherJson from '@/data/generated/matcher.json';
import type { MatcherData } from '@/utils/dataset/types';
import { createLensRecognizer } from '@/utils/page/lens-recognizer';

const data = matcherJson as MatcherData;

describe('createLensRecognizer', () => {
  it('recognises the bundled entities and tells their category', () => {
    const recognizer = createLensRecognizer(data);
    const found = recognizer.scan('Choe Son Hui told the UN Security Council, KCNA said.');
    expect(found.map((m) => [m.text, m.id, recognizer.categoryOf(m.id)])).toEqual([
      ['Choe Son Hui', 'person.choe-son-hui', 'official'],
      ['UN Security Council', 'forum.un-security-council', 'forum'],
      ['KCNA', 'org.kcna', 'forum'],
    ]);
    expect(recognizer.categoryOf('person.nobody')).toBeUndefined();
  });

  it('gives the name and type of a bundled entity', () => {
    const recognizer = createLensRecognizer(data);
    expect(recognizer.entityOf('person.choe-son-hui')).toMatchObject({
      name: 'Choe Son Hui',
      type: 'person',
      category: 'official',
    });
    expect(recognizer.entityOf('person.nobody')).toBeUndefined();
  });

  it('resolves a bare surname against earlier runs of the same article until reset', () => {
    const recognizer = createLensRecognizer(data);
    recognizer.scan('Foreign Minister Choe Son Hui arrived on Monday.');
    const later = recognizer.scan('Choe is expected to speak.');
    expect(later.map((m) => [m.text, m.id, m.backref])).toEqual([
      ['Choe', 'person.choe-son-hui', true],
    ]);
    recognizer.reset();
    expect(recognizer.scan('Choe is expected to speak.')).toEqual([]);
  });

  it('continues from a marked state, leaving the mark as it was', () => {
    const recognizer = createLensRecognizer(data);
    recognizer.scan('Foreign Minister Choe Son Hui arrived on Monday.');
    const mark = recognizer.mark();
    recognizer.reset();
    recognizer.scan('Choe Thae Bok spoke first.');
    recognizer.resume(mark);
    expect(recognizer.scan('Choe is expected to speak.').map((m) => m.id)).toEqual([
      'person.choe-son-hui',
    ]);
    recognizer.scan('Choe Thae Bok spoke again.');
    recognizer.resume(mark);
    expect(recognizer.scan('Choe added.').map((m) => m.id)).toEqual(['person.choe-son-hui']);
  });
});
