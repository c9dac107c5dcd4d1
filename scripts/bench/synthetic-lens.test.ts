import { describe, expect, it } from 'vitest';
import { SEED } from '@/scripts/bench/bench-context';
import { loadLensData } from '@/scripts/bench/real-dataset';
import { syntheticLensData } from '@/scripts/bench/synthetic-lens';
import { syntheticRegistry } from '@/scripts/bench/synthetic-registry';
import { compileRecognizer, loadRecognizer } from '@/utils/recognition';

describe('syntheticLensData', () => {
  const real = loadLensData();
  const synthetic = syntheticRegistry({ count: 200, seed: SEED });
  const data = syntheticLensData(real, synthetic);

  it('adds every synthetic entity before the real ones, each with its readings', () => {
    expect(data.entities).toHaveLength(synthetic.length + real.entities.length);
    expect(data.entities.slice(synthetic.length)).toEqual(real.entities);
    for (const entity of data.entities) expect(entity.readings.length).toBeGreaterThan(0);
  });

  it('recognises what the registry compiled from its aliases recognises', () => {
    const text = synthetic
      .slice(0, 40)
      .map((entity) => `${entity.aliases.at(-1)} met Choe Son Hui and ${entity.name}.`)
      .join(' ');
    const mentions = loadRecognizer(data.entities).scan(text);
    expect(mentions.length).toBeGreaterThanOrEqual(80);
    expect(mentions).toEqual(compileRecognizer([...synthetic, ...real.entities]).scan(text));
  });
});
