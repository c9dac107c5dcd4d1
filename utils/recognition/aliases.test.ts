import { describe, expect, it } from 'vitest';
import {
  compileAlias,
  markedKey,
  mergeKeys,
  qualifies,
  unmarkedKey,
} from '@/utils/recognition/aliases';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';
import { precompileEntities } from '@/utils/recognition/recognizer';
import { AMBIGUOUS, GENERIC } from '@/utils/recognition/unit-codes';
import { UnitCache } from '@/utils/recognition/units';

const genericKey = (key: string) => markedKey(key, GENERIC);
const ambiguousKey = (key: string) => markedKey(key, AMBIGUOUS);

const compile = (alias: string) => compileAlias(alias, 'alias', new UnitCache());

describe('compileAlias', () => {
  it('marks each unit that continues the word before it, in every reading', () => {
    const putin = compile('Putin');
    expect(putin.keys).toEqual(['pot +in', 'po +tin']);
    expect(putin.readings).toEqual([
      ['pot', 'in'],
      ['po', 'tin'],
    ]);
  });

  it('starts a word at every word of the alias and at nothing inside an acronym', () => {
    expect(compile('Choe Son Hui').keys).toEqual(['choe son hi']);
    expect(compile('Choe Sonhui').keys).toEqual(['choe son +hi']);
    expect(compile('UN Security Council').keys).toEqual(['=UN ~security ~council']);
  });
});

describe('mergeKeys and unmarkedKey', () => {
  it('start a word wherever either key does', () => {
    expect(mergeKeys('choe son +hi', 'choe son hi')).toBe('choe son hi');
    expect(mergeKeys('choe son hi', 'choe son +hi')).toBe('choe son hi');
    expect(mergeKeys('po +tin', 'po +tin')).toBe('po +tin');
  });

  it('give the units alone', () => {
    expect(unmarkedKey('~vladimir pot +in')).toBe('~vladimir pot in');
    expect(unmarkedKey(genericKey('~security ~council'))).toBe('~security ~council');
  });

  it('keep a reading generic only where both are', () => {
    expect(mergeKeys(genericKey('~foreign ~ministry'), '~foreign ~ministry')).toBe(
      '~foreign ~ministry',
    );
    expect(mergeKeys(genericKey('po +tin'), genericKey('po tin'))).toBe(genericKey('po tin'));
  });

  it('keep each claim mark only where both keys have it', () => {
    const both = markedKey('=SPA', GENERIC | AMBIGUOUS);
    expect(both).toBe('!?=SPA');
    expect(mergeKeys(both, ambiguousKey('=SPA'))).toBe(ambiguousKey('=SPA'));
    expect(mergeKeys(ambiguousKey('=SPA'), '=SPA')).toBe('=SPA');
    expect(unmarkedKey(both)).toBe('=SPA');
  });
});

describe('ambiguous acronyms', () => {
  it('are marked in the readings of the acronyms the entity names, and nowhere else', () => {
    const byId = new Map(precompileEntities(ENTITIES).map((entity) => [entity.id, entity]));
    const spa = byId.get('supreme-peoples-assembly')!.readings;
    expect(spa).toContain(ambiguousKey('=SPA'));
    expect(spa.filter((reading) => reading.startsWith('?'))).toHaveLength(1);
    expect(byId.get('kcna')!.readings.some((reading) => reading.startsWith('?'))).toBe(false);
  });
});

describe('generic aliases', () => {
  it('are the ones another alias of the entity qualifies, before them or after a link', () => {
    const links = ['~of', 'in'];
    expect(qualifies('=UN ~security ~council', '~security ~council', links)).toBe(true);
    expect(qualifies('~security ~council', '~security ~council', links)).toBe(false);
    expect(qualifies('~national ~security ~councils', '~security ~council', links)).toBe(false);
    expect(qualifies('=UN ~office in so ul', '=UN ~office', links)).toBe(true);
    expect(qualifies('=UN ~office ~geneva', '=UN ~office', links)).toBe(false);
  });

  it('are marked in the readings of forums and organisations, never of people', () => {
    const byId = new Map(precompileEntities(ENTITIES).map((entity) => [entity.id, entity]));
    expect(byId.get('un-security-council')!.readings).toContain(genericKey('~security ~council'));
    expect(byId.get('un-security-council')!.readings).toContain('=UN ~security ~council');
    expect(byId.get('workers-party-of-korea')!.readings).toContain(genericKey('~workers ~party'));
    expect(byId.get('foreign-ministry')!.readings).toContain(genericKey('~foreign ~ministry'));
    expect(byId.get('foreign-ministry')!.readings).toContain('=DPRK ~foreign ~ministry');
    const putin = byId.get('vladimir-putin')!.readings;
    expect(putin.some((reading) => reading.startsWith(genericKey('')))).toBe(false);
  });
});
