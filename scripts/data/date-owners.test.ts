import { describe, expect, it } from 'vitest';
import { dateOwners, type PlacedMention } from '@/scripts/data/date-owners';
import type { EntityType } from '@/utils/recognition/types';

/** Mentions of each [id, type, text] at the first place `text` occurs in the sentence. */
function place(sentence: string, names: [string, EntityType, string][]): PlacedMention[] {
  return names.map(([id, type, text]) => {
    const start = sentence.indexOf(text);
    return { id, type, start, end: start + text.length };
  });
}

describe('dateOwners', () => {
  it.each<[string, [string, EntityType, string][], string, string[]]>([
    [
      'Kim Yong-nam, second only to Kim Jong-un in terms of the leadership, visited Uganda last October.',
      [
        ['yong-nam', 'person', 'Kim Yong-nam'],
        ['jong-un', 'person', 'Kim Jong-un'],
      ],
      'last October',
      ['yong-nam'],
    ],
    [
      'Kim Jong Un made his debut by attending China’s Victory Day parade in Beijing on September 3.',
      [
        ['jong-un', 'person', 'Kim Jong Un'],
        ['parade', 'forum', 'Victory Day parade'],
      ],
      'September 3',
      ['jong-un', 'parade'],
    ],
    [
      'On August 19, the Foreign Ministry met and Kim also chaired a meeting.',
      [
        ['ministry', 'organisation', 'Foreign Ministry'],
        ['yo-jong', 'person', 'Kim'],
      ],
      'August 19',
      ['yo-jong'],
    ],
    [
      'The appearance, the first at the General Assembly since 2018, comes amid talk of a meeting with Kim Jong Un.',
      [
        ['unga', 'forum', 'General Assembly'],
        ['jong-un', 'person', 'Kim Jong Un'],
      ],
      '2018',
      ['unga'],
    ],
    [
      'The UN Under-Secretary-General, Jeffrey Feltman, returned after his visit from December 5th to 9th.',
      [
        ['un', 'forum', 'UN'],
        ['feltman', 'person', 'Jeffrey Feltman'],
      ],
      'December 5th to 9th',
      ['feltman'],
    ],
    ['Nothing named here on Monday.', [], 'on Monday', []],
  ])('%s', (sentence, names, expression, expected) => {
    const owners = dateOwners(sentence, place(sentence, names), sentence.indexOf(expression));
    expect([...owners].sort()).toEqual([...expected].sort());
  });
});
