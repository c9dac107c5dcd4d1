import { describe, expect, it } from 'vitest';
import { registryEntrySchema, registryFileSchema } from '@/utils/dataset/registry-schema';

const valid = {
  id: 'person.choe-son-hui',
  type: 'person',
  rank: 'primary',
  name: 'Choe Son Hui',
  northKorean: true,
  surname: 'Choe',
  variants: ['Choi Sun-hee'],
  hangul: ['최선희'],
  roles: [
    {
      title: 'Foreign Minister',
      organisation: 'org.dprk-foreign-ministry',
      cite: { doc: '000', text: 'Foreign Minister Choe Son-hui' },
    },
  ],
  summary: {
    text: 'North Korea’s foreign minister.',
    cite: [{ doc: '000_3d814af907c4a39b.txt', text: 'Foreign Minister Choe Son-hui' }],
  },
};

/** The field paths zod reports for `entry`, joined with dots. */
function errorPaths(entry: unknown): string[] {
  const result = registryEntrySchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('registryEntrySchema', () => {
  it('accepts a complete entry and fills defaults for optional lists', () => {
    const parsed = registryEntrySchema.parse(valid);
    expect(parsed.acronyms).toEqual([]);
    expect(parsed.quotes).toEqual([]);
    expect(parsed.related).toEqual([]);
  });

  it('accepts an ambiguous acronym among the acronyms', () => {
    expect(errorPaths({ ...valid, acronyms: ['CFC', 'ABC'], ambiguousAcronyms: ['CFC'] })).toEqual(
      [],
    );
  });

  it('accepts a minimal forum entry', () => {
    expect(
      errorPaths({
        id: 'forum.apec',
        type: 'forum',
        rank: 'primary',
        name: 'Asia-Pacific Economic Cooperation',
        northKorean: false,
        acronyms: ['APEC'],
        summary: {
          text: 'A regional forum.',
          cite: [{ doc: '004', text: 'Economic Cooperation' }],
        },
      }),
    ).toEqual([]);
  });

  it.each([
    ['an id without a type prefix', { id: 'choe-son-hui' }, 'id'],
    ['an id whose prefix contradicts the type', { id: 'org.choe-son-hui' }, 'id'],
    ['an unknown type', { type: 'agency' }, 'type'],
    ['an unknown rank', { rank: 'important' }, 'rank'],
    ['an empty name', { name: '  ' }, 'name'],
    ['a person without a surname', { surname: undefined }, 'surname'],
    ['a surname that is not part of the name', { surname: 'Kim' }, 'surname'],
    ['a lowercase acronym', { acronyms: ['kcna'] }, 'acronyms.0'],
    [
      'an ambiguous acronym the entry does not have',
      { acronyms: ['CFC'], ambiguousAcronyms: ['CNN'] },
      'ambiguousAcronyms.0',
    ],
    ['Latin letters as Hangul', { hangul: ['Choe'] }, 'hangul.0'],
    [
      'a citation with no document',
      { roles: [{ title: 'x', cite: { text: 'long enough' } }] },
      'roles.0.cite.doc',
    ],
    [
      'a citation snippet too short',
      { roles: [{ title: 'x', cite: { doc: '000', text: 'Choe' } }] },
      'roles.0.cite.text',
    ],
    [
      'a malformed asOf date',
      { roles: [{ title: 'x', asOf: '2025/09', cite: valid.roles[0]!.cite }] },
      'roles.0.asOf',
    ],
    ['a summary with no citation', { summary: { text: 'x', cite: [] } }, 'summary.cite'],
    ['an unknown field', { nickname: 'Choe' }, ''],
    ['a primary person who is not North Korean', { northKorean: false }, 'rank'],
    [
      'a summary of three sentences',
      { summary: { text: 'One. Two. Three.', cite: valid.summary.cite } },
      'summary.text',
    ],
  ])('rejects %s', (_label, change, path) => {
    expect(errorPaths({ ...valid, ...change })).toContain(path);
  });
});

describe('registryFileSchema', () => {
  it('wants an object with an entities list', () => {
    expect(registryFileSchema.safeParse([valid]).success).toBe(false);
    expect(registryFileSchema.safeParse({ entities: [valid] }).success).toBe(true);
  });
});
