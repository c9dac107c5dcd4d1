import { describe, expect, it } from 'vitest';
import { compileAlias, mergeKeys, unmarkedKey } from '@/utils/recognition/aliases';
import { UnitCache } from '@/utils/recognition/units';

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
  });
});
