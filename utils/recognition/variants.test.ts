import { describe, expect, it } from 'vitest';
import { canonicalForm } from '@/utils/recognition/canonical';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';
import { compileRecognizer } from '@/utils/recognition/recognizer';
import { romanizationVariants } from '@/utils/recognition/variants';

const recognizer = compileRecognizer(ENTITIES);
const KOREAN_NAMED = ENTITIES.filter(
  (entity) =>
    entity.type === 'person' &&
    entity.name.split(' ').length === 3 &&
    canonicalForm(entity.name).split(' ').length === 3,
);
const listed = new Set(ENTITIES.flatMap((entity) => [entity.name, ...entity.aliases]));

/** The given name of "Surname Given Name" written hyphenated and joined too. */
function writings(variant: string): string[] {
  const [surname, first, second] = variant.split(' ');
  return [
    variant,
    `${surname} ${first}-${second!.toLowerCase()}`,
    `${surname} ${first}${second!.toLowerCase()}`,
  ];
}

describe('canonicalForm', () => {
  it.each([
    ['choi sun hee', 'Choe Son Hui'],
    ["Ch'oe Sŏn-hŭi", 'Choe Son Hui'],
    ['Choe Sonhui', 'Choe Son Hui'],
    ['Lee Yong-ho', 'Ri Yong Ho'],
    ['Kim Sun Kyung', 'Kim Son Gyong'],
    ['조선노동당', '조선로동당'],
    ['유엔 총회', '유엔총회'],
    ['Workers Party', "Workers' Party"],
  ])('%s = %s', (a, b) => {
    expect(canonicalForm(a)).toBe(canonicalForm(b));
  });

  it.each([
    ['Kim Song', 'Kim Son'],
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Ri Yong Ho', 'Ri Yong Hoon'],
  ])('%s ≠ %s', (a, b) => {
    expect(canonicalForm(a)).not.toBe(canonicalForm(b));
  });

  it('is lowercase plain ASCII for romanized names', () => {
    expect(canonicalForm("Ch'oe Sŏn-hŭi")).toMatch(/^[a-z ]+$/);
  });
});

describe('romanizationVariants', () => {
  it('generates other spellings, one syllable changed first, the name itself excluded', () => {
    const variants = romanizationVariants('Choe Son Hui', 40);
    expect(variants).toContain('Choi Son Hui');
    expect(variants).toContain('Choe Seon Hui');
    expect(variants).toContain('Choe Son Hee');
    expect(variants).not.toContain('Choe Son Hui');
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('respects the limit', () => {
    expect(romanizationVariants('Kim Jong Un', 5)).toHaveLength(5);
  });

  it.each(ENTITIES.map((entity) => entity.name))(
    'every variant of %s normalises like it',
    (name) => {
      for (const variant of romanizationVariants(name, 30)) {
        expect(canonicalForm(variant)).toBe(canonicalForm(name));
      }
    },
  );

  it('keeps non-Korean words as they are', () => {
    expect(romanizationVariants('Security Council')).toEqual([]);
  });
});

describe('generated variants, none listed in the registry, are recognised', () => {
  it.each(KOREAN_NAMED.map((entity) => [entity.name, entity.id]))('%s', (name, id) => {
    const variants = romanizationVariants(name, 25).filter((variant) => !listed.has(variant));
    expect(variants.length).toBeGreaterThanOrEqual(20);
    for (const variant of variants) {
      for (const written of writings(variant)) {
        const mentions = recognizer.scan(`On Monday ${written} told reporters.`);
        expect(
          mentions.map((m) => [m.text, m.id]),
          written,
        ).toEqual([[written, id]]);
      }
    }
  });

  it('no variant of Kim Song matches inside a longer name', () => {
    for (const variant of romanizationVariants('Kim Song', 25)) {
      for (const text of [`${variant} Nam said`, `${variant}-nam said`, `${variant}nam said`]) {
        expect(
          recognizer.scan(text).map((m) => m.id),
          text,
        ).not.toContain('kim-song');
      }
    }
  });

  it('no variant of Kim Jong Il is taken for Kim Jong Un', () => {
    for (const variant of romanizationVariants('Kim Jong Il', 25)) {
      for (const written of writings(variant)) {
        expect(recognizer.scan(`${written} died.`), written).toEqual([]);
      }
    }
  });
});
