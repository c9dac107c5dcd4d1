import { describe, expect, it } from 'vitest';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';
import {
  loadRecognizer,
  precompileEntities,
  startRecognizer,
} from '@/utils/recognition/recognizer';
import { codeEntities } from '@/utils/recognition/unit-codes';

const precompiled = precompileEntities(ENTITIES);
const { units, entities } = codeEntities(precompiled);
const text =
  'Choe Son Hui met Kim Jong Un and Ri Yong-ho in Pyongyang; Choe later told the ' +
  'UN Security Council that KCNA had reported it. 최선희 외무상은 말했다.';

describe('startRecognizer', () => {
  it('builds the trie a few readings per step and then finds what the whole build finds', () => {
    const loader = startRecognizer({ units, entities });
    const readings = entities.reduce((sum, entity) => sum + entity.readings.length, 0);
    let steps = 1;
    let recognizer = loader.step(3);
    while (recognizer === undefined) {
      recognizer = loader.step(3);
      steps++;
    }
    expect(steps).toBe(Math.ceil(readings / 3));
    expect(recognizer.scan(text)).toEqual(loadRecognizer(precompiled).scan(text));
    expect(recognizer.scan(text).length).toBeGreaterThan(4);
    expect(loader.step(3)).toBe(recognizer);
  });

  it('takes its entities from an iterable only as the steps reach them', () => {
    let taken = 0;
    function* lazily() {
      for (const entity of entities) {
        taken++;
        yield entity;
      }
    }
    const loader = startRecognizer({ units, entities: lazily() });
    const first = entities[0]!.readings.length;
    expect(loader.step(first)).toBeUndefined();
    expect(taken).toBe(2);
    const recognizer = loader.step(Infinity)!;
    expect(taken).toBe(entities.length);
    expect(recognizer.scan(text)).toEqual(loadRecognizer(precompiled).scan(text));
  });
});
