/**
 * Writes the rendered outputs all-or-nothing (every file goes to a temporary name first, then each is
 * renamed into place), or, in check mode, lists the files whose committed contents differ.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Outputs } from '@/scripts/data/render-outputs';

export function writeOutputs(outDir: string, outputs: Outputs): void {
  mkdirSync(outDir, { recursive: true });
  const staged: [string, string][] = [];
  try {
    for (const [name, contents] of Object.entries(outputs)) {
      const temporary = join(outDir, `.${name}.${process.pid}.tmp`);
      writeFileSync(temporary, contents);
      staged.push([temporary, join(outDir, name)]);
    }
  } catch (error) {
    for (const [temporary] of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const [temporary, final] of staged) renameSync(temporary, final);
}

/** Paths of the outputs that are missing or differ from what the inputs produce now. */
export function staleOutputs(outDir: string, outputs: Outputs): string[] {
  return Object.entries(outputs)
    .map(([name, contents]) => [join(outDir, name), contents] as const)
    .filter(([path, contents]) => !existsSync(path) || readFileSync(path, 'utf8') !== contents)
    .map(([path]) => path);
}
