import { describe, expect, it } from 'vitest';
import matcherJson from '@/data/generated/matcher.json';
import { encodeMatcherText, readMatcherText } from '@/utils/dataset/matcher-text';
import type { MatcherData, MatcherRecord } from '@/utils/dataset/types';
import { decodeReading, unitCharacter } from '@/utils/recognition/unit-codes';

const data = matcherJson as MatcherData;

const kim: MatcherRecord = {
  id: 'person.kim',
  name: 'Kim Chol Su',
  type: 'person',
  category: 'official',
  readings: ['kim chol su', '김 철 수'],
  surnameKey: 'kim',
  hangulSurname: '김',
  offices: ['vice minister', 'envoy'],
};
const kcna: MatcherRecord = {
  id: 'org.kcna',
  name: 'Korean Central News Agency',
  type: 'organisation',
  category: 'forum',
  readings: ['=KCNA'],
};

/** The entities of a bundled text with their readings written out again. */
function readBack(text: string): MatcherRecord[] {
  const { units, entities } = readMatcherText(text);
  return [...entities].map((entity) => ({
    ...entity,
    readings: entity.readings.map((reading) => decodeReading(reading, units)),
  }));
}

describe('encodeMatcherText and readMatcherText', () => {
  it('give back every bundled entity as it was', () => {
    expect(readBack(encodeMatcherText(data.entities))).toStrictEqual(data.entities);
    expect(data.entities.length).toBeGreaterThan(50);
  });

  it('write the units on the first line, then one line per entity, its fields separated by tabs', () => {
    const [kimUnit, cholUnit, suUnit, kimHangul, cholHangul, suHangul, kcnaUnit] = [
      0, 1, 2, 3, 4, 5, 6,
    ].map(unitCharacter);
    expect(encodeMatcherText([kim, kcna])).toBe(
      'kim\tchol\tsu\t김\t철\t수\t=KCNA\n' +
        `person.kim\tKim Chol Su\tperson\tofficial\tkim\t\t\t김\tvice minister|envoy\t` +
        `${kimUnit}${cholUnit}${suUnit}\t${kimHangul}${cholHangul}${suHangul}\n` +
        `org.kcna\tKorean Central News Agency\torganisation\tforum\t\t\t\t\t\t${kcnaUnit}`,
    );
    expect(readBack(encodeMatcherText([kim, kcna]))).toStrictEqual([kim, kcna]);
  });

  it("keep a generic name's link words and owners", () => {
    const ministry: MatcherRecord = {
      id: 'org.foreign-ministry',
      name: 'Foreign Ministry',
      type: 'organisation',
      category: 'forum',
      readings: ['=DPRK ~foreign ~ministry', '!~foreign ~ministry'],
      links: ['in', 'of'],
      owners: ['=DPRK', 'pyong yang'],
    };
    const text = encodeMatcherText([ministry]);
    expect(text.split('\n')[1]!.split('\t').slice(4, 7)).toEqual(['', 'in of', '=DPRK|pyong yang']);
    expect(readBack(text)).toStrictEqual([ministry]);
    expect(() => encodeMatcherText([{ ...ministry, owners: ['a|b'] }])).toThrow(
      /org\.foreign-ministry.*"a\|b"/,
    );
    expect(() => encodeMatcherText([{ ...kim, offices: ['vice|minister'] }])).toThrow(
      /person\.kim.*"vice\|minister"/,
    );
  });

  it('code a unit shared by several readings once', () => {
    const ri = { ...kim, id: 'person.ri', readings: ['ri chol su', 'li chol su'] };
    const { units, entities } = readMatcherText(encodeMatcherText([kim, ri]));
    expect(units).toEqual(['kim', 'chol', 'su', '김', '철', '수', 'ri', 'li']);
    expect([...entities][1]!.readings.map((reading) => reading.length)).toEqual([3, 3]);
  });

  it('write nothing for no entity', () => {
    expect(encodeMatcherText([])).toBe('');
    const { units, entities } = readMatcherText('');
    expect(units).toEqual([]);
    expect([...entities]).toEqual([]);
  });

  it('refuse a field that would split a line, and an entity without readings', () => {
    expect(() => encodeMatcherText([{ ...kim, name: 'Kim\tChol Su' }])).toThrow(/person\.kim/);
    expect(() => encodeMatcherText([{ ...kim, readings: ['kim\nchol su'] }])).toThrow(/line/);
    expect(() => encodeMatcherText([{ ...kcna, readings: [] }])).toThrow(/no reading/);
  });

  it('read an entity only when asked for it', () => {
    const { entities } = readMatcherText(`${encodeMatcherText([kim])}\nnot an entity`);
    expect(entities.next().value).toMatchObject({ id: kim.id, name: kim.name });
    expect(() => entities.next()).toThrow(/Not a matcher entity/);
  });
});
