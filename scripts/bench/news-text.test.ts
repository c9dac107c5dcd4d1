import { describe, expect, it } from 'vitest';
import type { MatcherEntity } from '@/utils/recognition/types';
import { newsParagraphs, newsText, paragraphText } from '@/scripts/bench/news-text';

const entities: MatcherEntity[] = [
  {
    id: 'choe',
    name: 'Choe Son Hui',
    type: 'person',
    category: 'official',
    aliases: ['Choe Son Hui', 'Choe Son-hui'],
    acronyms: [],
    hangul: ['최선희'],
    surname: 'Choe',
  },
  {
    id: 'kcna',
    name: 'Korean Central News Agency',
    type: 'organisation',
    category: 'forum',
    aliases: ['Korean Central News Agency'],
    acronyms: ['KCNA'],
    hangul: [],
  },
];

describe('newsParagraphs', () => {
  const paragraphs = newsParagraphs(entities, { seed: 3, length: 20_000 });

  it('reaches the requested length', () => {
    expect(paragraphs.map(paragraphText).join('\n\n').length).toBeGreaterThanOrEqual(20_000);
  });

  it('marks only spellings of the named entity as names', () => {
    const spellings: Record<string, string[]> = {
      choe: ['Choe Son Hui', 'Choe Son-hui', 'Choe'],
      kcna: ['Korean Central News Agency', 'KCNA'],
    };
    const names = paragraphs.flat().filter((segment) => segment.entityId);
    expect(names.length).toBeGreaterThan(100);
    for (const segment of names) expect(spellings[segment.entityId ?? '']).toContain(segment.text);
    const texts = new Set(names.map((segment) => segment.text));
    expect(texts).toEqual(new Set(Object.values(spellings).flat()));
  });

  it('is deterministic and refuses a registry without people', () => {
    expect(newsText(entities, { seed: 3, length: 2000 })).toBe(
      newsText(entities, { seed: 3, length: 2000 }),
    );
    expect(() => newsText(entities.slice(1), { seed: 3, length: 10 })).toThrow(/person/);
  });
});
