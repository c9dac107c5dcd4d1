/** Test support: a scratch copy of a fixture data directory that a test may break at will. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINIMAL_FIXTURE = join(import.meta.dirname, 'fixtures', 'minimal');

export interface FixtureDir {
  dir: string;
  path(...parts: string[]): string;
  readJson<T = Record<string, unknown>>(...parts: string[]): T;
  writeJson(value: unknown, ...parts: string[]): void;
  remove(): void;
}

export function copyFixture(source = MINIMAL_FIXTURE): FixtureDir {
  const dir = mkdtempSync(join(tmpdir(), 'nk-lens-data-'));
  cpSync(source, dir, { recursive: true });
  const path = (...parts: string[]) => join(dir, ...parts);
  return {
    dir,
    path,
    readJson: (...parts) => JSON.parse(readFileSync(path(...parts), 'utf8')),
    writeJson: (value, ...parts) => writeFileSync(path(...parts), JSON.stringify(value, null, 2)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
