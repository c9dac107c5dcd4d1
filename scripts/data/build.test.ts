import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, type FixtureDir } from '@/scripts/data/fixture-dir';

// The command line itself: exit codes and where the messages go.
const tsx = (...args: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/data/build.ts', ...args], { encoding: 'utf8' });

const PROCESS_TIMEOUT = 60_000;

describe('npm run data', { timeout: PROCESS_TIMEOUT }, () => {
  let fixture: FixtureDir;
  beforeAll(() => {
    fixture = copyFixture();
  });
  afterAll(() => fixture.remove());

  it('builds into --out, then --check passes, then fails naming a stale file', () => {
    const out = fixture.path('out');
    expect(tsx('--data', fixture.dir, '--out', out).status).toBe(0);
    expect(tsx('--data', fixture.dir, '--out', out, '--check').status).toBe(0);
    writeFileSync(fixture.path('out', 'profiles.json'), '{}\n');
    const stale = tsx('--data', fixture.dir, '--out', out, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain(`${out}/profiles.json is stale`);
  });

  it('exits non-zero with the problem on stderr when the input is bad', () => {
    writeFileSync(fixture.path('registry', 'forums.json'), 'not json');
    const result = tsx('--data', fixture.dir, '--out', fixture.path('out'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('registry/forums.json: invalid JSON');
  });
});
