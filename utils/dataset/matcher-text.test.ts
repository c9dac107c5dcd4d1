import { describe, expect, it } from 'vitest';
import matcherJson from '@/data/generated/matcher.json';
import { encodeMatcherText, readMatcherText } from '@/utils/dataset/matcher-text';
import type { MatcherData, MatcherRecord } from '@/utils/dataset/types';

const data = matcherJson as MatcherData;

const kim: MatcherRecord = {
  id: 'person.kim',
  name: 'Kim Chol Su',
  type: 'person',
  category: 'official',
  readings: ['kim chol su', '김 철 수'],
  surnameKey: 'kim',
};
const kcna: MatcherRecord = {
  id: 'org.kcna',
  name: 'Korean Central News Agency',
  type: 'organisation',
  category: 'forum',
  readings: ['=KCNA'],
};

describe('encodeMatcherText and readMatcherText', () => {
  it('give back every bundled entity as it was', () => {
    const text = encodeMatcherText(data.entities);
    expect([...readMatcherText(text)]).toStrictEqual(data.entities);
    expect(data.entities.length).toBeGreaterThan(50);
  });

  it('write one line per entity, its fields separated by tabs', () => {
    expect(encodeMatcherText([kim, kcna])).toBe(
      'person.kim\tKim Chol Su\tperson\tofficial\tkim\tkim chol su\t김 철 수\n' +
        'org.kcna\tKorean Central News Agency\torganisation\tforum\t\t=KCNA',
    );
    expect([...readMatcherText(encodeMatcherText([kim, kcna]))]).toStrictEqual([kim, kcna]);
  });

  it('write nothing for no entity', () => {
    expect(encodeMatcherText([])).toBe('');
    expect([...readMatcherText('')]).toEqual([]);
  });

  it('refuse a field that would split a line, and an entity without readings', () => {
    expect(() => encodeMatcherText([{ ...kim, name: 'Kim\tChol Su' }])).toThrow(/person\.kim/);
    expect(() => encodeMatcherText([{ ...kim, readings: ['kim\nchol su'] }])).toThrow(/line/);
    expect(() => encodeMatcherText([{ ...kcna, readings: [] }])).toThrow(/no reading/);
  });

  it('read an entity only when asked for it', () => {
    const entities = readMatcherText(`${encodeMatcherText([kim])}\nnot an entity`);
    expect(entities.next().value).toStrictEqual(kim);
    expect(() => entities.next()).toThrow(/Not a matcher entity/);
  });
});
