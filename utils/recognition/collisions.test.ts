import { describe, expect, it } from 'vitest';
import { findAliasCollisions, findUnmatchableAliases } from '@/utils/recognition/collisions';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';
import type { MatcherEntity } from '@/utils/recognition/types';

const entity = (
  id: string,
  aliases: string[],
  fields: Partial<MatcherEntity> = {},
): MatcherEntity => ({
  id,
  name: aliases[0]!,
  type: 'person',
  category: 'official',
  aliases: aliases.slice(1),
  acronyms: [],
  hangul: [],
  ...fields,
});

describe('findAliasCollisions', () => {
  it('finds none in the test registry', () => {
    expect(findAliasCollisions(ENTITIES)).toEqual([]);
  });

  it('reports two entities whose spellings normalise alike', () => {
    const collisions = findAliasCollisions([
      entity('a', ['Choe Son Hui']),
      entity('b', ['Choi Sun-hee']),
      entity('c', ['Kim Song']),
    ]);
    expect(collisions).toEqual([
      {
        key: 'choe son hi',
        claims: [
          { id: 'a', alias: 'Choe Son Hui' },
          { id: 'b', alias: 'Choi Sun-hee' },
        ],
      },
    ]);
  });

  it('reports a Hangul clash between North and South Korean spellings', () => {
    const collisions = findAliasCollisions([
      entity('a', ['Alpha'], { hangul: ['이용호'] }),
      entity('b', ['Beta'], { hangul: ['리용호'] }),
    ]);
    expect(collisions.map(({ claims }) => claims.map((claim) => claim.id))).toEqual([['a', 'b']]);
  });

  it('reports an acronym clash', () => {
    const collisions = findAliasCollisions([
      entity('a', ['Alpha'], { acronyms: ['SPA'] }),
      entity('b', ['Beta'], { acronyms: ['SPA'] }),
    ]);
    expect(collisions.map(({ claims }) => claims.map((claim) => claim.id))).toEqual([['a', 'b']]);
  });

  it('keeps distinct people apart', () => {
    expect(
      findAliasCollisions([
        entity('kim-song', ['Kim Song']),
        entity('kim-son', ['Kim Son']),
        entity('kim-jong-un', ['Kim Jong Un']),
        entity('kim-jong-il', ['Kim Jong Il']),
        entity('spa', ['Spa'], { acronyms: ['SPA'] }),
      ]),
    ).toEqual([]);
  });

  it('does not count one entity repeating itself', () => {
    expect(findAliasCollisions([entity('a', ['Choe Son Hui', 'Choi Sun-hee'])])).toEqual([]);
  });
});

describe('findUnmatchableAliases', () => {
  it('reports spellings a mention cannot cover as written', () => {
    expect(
      findUnmatchableAliases([
        entity('a', [
          'Foreign Ministry',
          'Ministry of Foreign Affairs (North Korea)',
          '...',
          "China's",
        ]),
      ]),
    ).toEqual([
      { id: 'a', alias: 'Ministry of Foreign Affairs (North Korea)' },
      { id: 'a', alias: '...' },
    ]);
  });

  it('accepts the period that ends an abbreviation, and no other after the last word', () => {
    expect(findUnmatchableAliases([entity('a', ['U.N.', 'Choe Bros.'])])).toEqual([
      { id: 'a', alias: 'Choe Bros.' },
    ]);
  });

  it('accepts inner punctuation', () => {
    expect(
      findUnmatchableAliases([entity('a', ['U.N', 'United Nations (UN) General Assembly'])]),
    ).toEqual([]);
  });
});
