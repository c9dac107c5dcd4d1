import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverageOf } from '@/scripts/data/coverage';
import { copyFixture, type FixtureDir } from '@/scripts/data/fixture-dir';
import { readInputs } from '@/scripts/data/read-inputs';
import { ignoreFileSchema } from '@/utils/dataset/ignore-schema';

let fixture: FixtureDir;
beforeEach(() => {
  fixture = copyFixture();
  appendFileSync(
    fixture.path('corpus', '002_bb.txt'),
    'Premier Pak Pong Ju spoke to Foreign Minister Lavrov in Tiananmen Square.\n',
  );
});
afterEach(() => fixture.remove());

describe('coverageOf', () => {
  it('lists person-like names no entry covers, with their line', () => {
    const report = coverageOf(readInputs(fixture.dir), { ignore: [] });
    expect(report.uncovered).toEqual([
      { doc: '002_bb.txt', line: 2, text: 'Pak Pong Ju', shape: 'korean' },
      { doc: '002_bb.txt', line: 2, text: 'Lavrov', shape: 'titled' },
      { doc: '002_bb.txt', line: 2, text: 'Tiananmen Square', shape: 'first-last' },
    ]);
  });

  it('moves names on the ignore list aside and flags ignore entries that match nothing', () => {
    const report = coverageOf(readInputs(fixture.dir), {
      ignore: [
        { name: 'Tiananmen Square', reason: 'A place, not a person.' },
        { name: 'Ri Pyong Chol', reason: 'No longer in the corpus.' },
      ],
    });
    expect(report.uncovered.map((name) => name.text)).toEqual(['Pak Pong Ju', 'Lavrov']);
    expect(report.ignored.map((name) => name.text)).toEqual(['Tiananmen Square']);
    expect(report.staleIgnores).toEqual(['Ri Pyong Chol']);
  });

  it('lists spellings the corpus never uses, and names covered by any spelling are not reported', () => {
    const report = coverageOf(readInputs(fixture.dir), { ignore: [] });
    expect(report.unusedSpellings).toEqual({
      'forum.un-general-assembly': ['UNGA'],
      'person.choe-son-hui': ['최선희'],
    });
    expect(report.uncovered.map((name) => name.text)).not.toContain('Choi Sun-hee');
  });
});

describe('npm run data:report', () => {
  it('exits non-zero while a name is uncovered, and zero once the ignore list explains it', () => {
    const run = () =>
      spawnSync('node_modules/.bin/tsx', ['scripts/data/report.ts', '--data', fixture.dir], {
        encoding: 'utf8',
      });
    const failing = run();
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain('002_bb.txt:2  "Pak Pong Ju" (korean)');
    fixture.writeJson(
      {
        ignore: ['Pak Pong Ju', 'Lavrov', 'Tiananmen Square'].map((name) => ({
          name,
          reason: 'Outside the scope of this fixture.',
        })),
      },
      'registry',
      'ignore.json',
    );
    expect(run().status).toBe(0);
  }, 60_000);
});

describe('the committed registry', () => {
  it('leaves no person-like name in the corpus uncovered or unexplained', () => {
    const ignore = ignoreFileSchema.parse(
      JSON.parse(readFileSync('data/registry/ignore.json', 'utf8')),
    );
    const report = coverageOf(readInputs('data'), ignore);
    expect(report.uncovered).toEqual([]);
    expect(report.staleIgnores).toEqual([]);
  });
});
