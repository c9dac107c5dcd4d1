import { describe, expect, it } from 'vitest';
import { SEED } from '@/scripts/bench/bench-context';
import { loadLensData, loadMatcherData } from '@/scripts/bench/real-dataset';
import { syntheticDataset } from '@/scripts/bench/synthetic-lens';
import { syntheticRegistry } from '@/scripts/bench/synthetic-registry';
import { compileRecognizer, loadRecognizer } from '@/utils/recognition';

describe('syntheticDataset', () => {
  const real = { lens: loadLensData(), matcher: loadMatcherData() };
  const synthetic = syntheticRegistry({ count: 200, seed: SEED });
  const { lens, matcher } = syntheticDataset(real, synthetic);

  it('adds every synthetic entity before the real ones, with a profile and readings', () => {
    const ids = [...synthetic, ...real.lens.entities].map((entity) => entity.id);
    expect(lens.entities.map((entity) => entity.id)).toEqual(ids);
    expect(matcher.entities.map((entity) => entity.id)).toEqual(ids);
    expect(lens.entities.slice(synthetic.length)).toEqual(real.lens.entities);
    expect(matcher.entities.slice(synthetic.length)).toEqual(real.matcher.entities);
    for (const entity of matcher.entities) expect(entity.readings.length).toBeGreaterThan(0);
    for (const entity of lens.entities) expect(entity.summary).not.toBe('');
  });

  it('recognises what the registry compiled from its aliases recognises', () => {
    const text = synthetic
      .slice(0, 40)
      .map((entity) => `${entity.aliases.at(-1)} met Choe Son Hui and ${entity.name}.`)
      .join(' ');
    const mentions = loadRecognizer(matcher.entities).scan(text);
    expect(mentions.length).toBeGreaterThanOrEqual(80);
    expect(mentions).toEqual(compileRecognizer(lens.entities).scan(text));
  });
});
