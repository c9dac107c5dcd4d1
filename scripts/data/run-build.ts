/** The data build as a function: read and validate inputs, render, then write or check. */
import { join } from 'node:path';
import { DataInputError, formatProblem } from '@/scripts/data/data-error';
import { readInputs } from '@/scripts/data/read-inputs';
import { OUTPUT_FILES, renderOutputs } from '@/scripts/data/render-outputs';
import { staleOutputs, writeOutputs } from '@/scripts/data/write-outputs';

export interface BuildOptions {
  /** Directory holding corpus/ and registry/. */
  dataDir: string;
  /** Where the generated files go; defaults to `<dataDir>/generated`. */
  outDir?: string;
  /** Compare instead of writing. */
  check?: boolean;
}

export interface BuildResult {
  ok: boolean;
  /** One line per problem, stale file or written file. */
  messages: string[];
}

export function runBuild({
  dataDir,
  outDir = join(dataDir, 'generated'),
  check = false,
}: BuildOptions): BuildResult {
  let outputs;
  try {
    outputs = renderOutputs(readInputs(dataDir));
  } catch (error) {
    if (error instanceof DataInputError) {
      return { ok: false, messages: error.problems.map(formatProblem) };
    }
    throw error;
  }
  if (check) {
    const stale = staleOutputs(outDir, outputs);
    return {
      ok: stale.length === 0,
      messages: stale.length
        ? stale.map((path) => `${path} is stale: run npm run data and commit the result`)
        : [`${OUTPUT_FILES.length} generated files are up to date`],
    };
  }
  writeOutputs(outDir, outputs);
  return { ok: true, messages: OUTPUT_FILES.map((name) => `wrote ${join(outDir, name)}`) };
}
