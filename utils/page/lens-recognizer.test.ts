import { describe, expect, it } from 'vitest';
import matcherJson from '@/data/generated/matcher.json';
import { encodeMatcherText, type MatcherText } from '@/utils/dataset/matcher-text';
import type { MatcherData } from '@/utils/dataset/types';
import { createLensRecognizer } from '@/utils/page/lens-recognizer';

const records = (matcherJson as MatcherData).entities;
/** The matcher data as the content script bundles it. */
const data: MatcherText = {
  schemaVersion: (matcherJson as MatcherData).schemaVersion,
  entities: encodeMatcherText(records),
};

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

  it('gives back every bundled entity as the data build wrote it, readings aside', () => {
    for (const { readings, ...entity } of records) {
      expect(readings.length).toBeGreaterThan(0);
      expect(createLensRecognizer(data).entityOf(entity.id)).toMatchObject(entity);
      expect(createLensRecognizer(data).entityOf(entity.id)?.surnameKey).toBe(entity.surnameKey);
    }
  });

  it('reads the text in steps, and all of it when an entity is asked for first', () => {
    // Enough copies of the dataset for the trie to take several steps.
    const copies = records.flatMap((entity) =>
      Array.from({ length: 20 }, (_, copy) => ({ ...entity, id: `${entity.id}.${copy}` })),
    );
    const bundled: MatcherText = { ...data, entities: encodeMatcherText(copies) };
    const stepped = createLensRecognizer(bundled);
    let steps = 1;
    while (!stepped.prepare()) steps++;
    expect(steps).toBeGreaterThan(2);
    expect(stepped.scan('KCNA said.').map((m) => m.id)).toEqual(['org.kcna.0']);
    const asked = createLensRecognizer(bundled);
    expect(asked.categoryOf('org.kcna.19')).toBe('forum');
    expect(asked.prepare()).toBe(true);
  });
});
