import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS,
  AMBIGUOUS_READING,
  claimOf,
  CONTINUES_WORD,
  codeEntities,
  decodeReading,
  GENERIC,
  GENERIC_READING,
  MAX_UNITS,
  unitCharacter,
  unitNumber,
} from '@/utils/recognition/unit-codes';
import type { PrecompiledEntity } from '@/utils/recognition/recognizer';

const entity = (id: string, readings: string[]): PrecompiledEntity => ({
  id,
  name: id,
  type: 'person',
  readings,
});

describe('unitCharacter and unitNumber', () => {
  it('give each unit number a character of its own and read it back', () => {
    const seen = new Set<string>();
    for (let unit = 0; unit < MAX_UNITS; unit++) {
      const character = unitCharacter(unit);
      expect(character.length).toBe(1);
      seen.add(character);
      expect(unitNumber(character.charCodeAt(0))).toBe(unit);
    }
    expect(seen.size).toBe(MAX_UNITS);
  });

  it('never use a space, a tab, a line break, a line separator or half a surrogate pair', () => {
    for (let unit = 0; unit < MAX_UNITS; unit++) {
      const code = unitCharacter(unit).charCodeAt(0);
      expect(code).toBeGreaterThan(0xff);
      expect(code === 0x2028 || code === 0x2029).toBe(false);
      expect(code).toBeLessThan(0xd800);
    }
  });
});

describe('codeEntities', () => {
  it('numbers units in the order they first appear and codes each reading a character per unit', () => {
    const { units, entities } = codeEntities([
      entity('a', ['kim chol su', '=KCNA']),
      entity('b', ['ri chol su']),
    ]);
    expect(units).toEqual(['kim', 'chol', 'su', '=KCNA', 'ri']);
    expect(entities.map((coded) => coded.readings)).toEqual([
      [unitCharacter(0) + unitCharacter(1) + unitCharacter(2), unitCharacter(3)],
      [unitCharacter(4) + unitCharacter(1) + unitCharacter(2)],
    ]);
    expect(entities[1]).toMatchObject({ id: 'b', name: 'b', type: 'person' });
    expect(entities.flatMap((coded) => coded.readings.map((r) => decodeReading(r, units)))).toEqual(
      ['kim chol su', '=KCNA', 'ri chol su'],
    );
  });

  it('keeps the mark of a unit that continues its word, before its character', () => {
    const { units, entities } = codeEntities([entity('putin', ['po +tin', '~vladimir pot +in'])]);
    expect(units).toEqual(['po', 'tin', '~vladimir', 'pot', 'in']);
    const [putin, vladimirPutin] = entities[0]!.readings;
    expect(putin).toBe(`${unitCharacter(0)}${CONTINUES_WORD}${unitCharacter(1)}`);
    expect(decodeReading(putin!, units)).toBe('po +tin');
    expect(decodeReading(vladimirPutin!, units)).toBe('~vladimir pot +in');
  });

  it('keeps the mark of a generic reading at its start', () => {
    const { units, entities } = codeEntities([entity('unsc', ['!~security ~council'])]);
    const [coded] = entities[0]!.readings;
    expect(coded).toBe(`${GENERIC_READING}${unitCharacter(0)}${unitCharacter(1)}`);
    expect(decodeReading(coded!, units)).toBe('!~security ~council');
  });

  it('keeps both claim marks at the start, generic first', () => {
    const { units, entities } = codeEntities([entity('spa', ['!?=SPA', '?=SPA'])]);
    const [both, ambiguous] = entities[0]!.readings;
    expect(both).toBe(`${GENERIC_READING}${AMBIGUOUS_READING}${unitCharacter(0)}`);
    expect(ambiguous).toBe(`${AMBIGUOUS_READING}${unitCharacter(0)}`);
    expect(decodeReading(both!, units)).toBe('!?=SPA');
    expect(claimOf('?!=SPA')).toEqual({ flags: GENERIC | AMBIGUOUS, path: '=SPA' });
    expect(claimOf('=SPA')).toEqual({ flags: 0, path: '=SPA' });
  });

  it('refuses more units than it has characters, naming the entity', () => {
    const readings = Array.from({ length: MAX_UNITS + 1 }, (_, index) => `~w${index}`);
    expect(() => codeEntities([entity('org.many', readings)])).toThrow(/org\.many.*distinct units/);
  });
});
