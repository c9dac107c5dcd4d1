/**
 * `npm run data:report [-- --data DIR]`: which person-like names in the corpus the registry does not
 * cover, and which registry spellings the corpus never uses. Exits non-zero while any uncovered name
 * is neither added to the registry nor explained in data/registry/ignore.json.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coverageOf } from '@/scripts/data/coverage';
import {
  DataInputError,
  fieldPath,
  formatProblem,
  type DataProblem,
} from '@/scripts/data/data-error';
import { parseFile, readInputs } from '@/scripts/data/read-inputs';
import { ignoreFileSchema } from '@/utils/dataset/ignore-schema';

const { values } = parseArgs({ options: { data: { type: 'string', default: 'data' } } });

function main(dataDir: string): number {
  const problems: DataProblem[] = [];
  const ignoreFile = join(dataDir, 'registry', 'ignore.json');
  const ignore = parseFile(ignoreFile, ignoreFileSchema, problems, (path) => ({
    entry: undefined,
    field: fieldPath(path),
  }));
  let inputs;
  try {
    inputs = readInputs(dataDir);
  } catch (error) {
    if (!(error instanceof DataInputError)) throw error;
    problems.push(...error.problems);
  }
  if (!inputs || !ignore || problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    return 1;
  }

  const report = coverageOf(inputs, ignore);
  const where = (name: { doc: string; line: number; text: string; shape: string }) =>
    `  ${name.doc}:${name.line}  "${name.text}" (${name.shape})`;

  console.log(`Person-like names not covered by the registry: ${report.uncovered.length}`);
  for (const name of report.uncovered) console.log(where(name));
  console.log(`Covered by ${ignoreFile} on purpose: ${report.ignored.length}`);
  for (const name of report.ignored) console.log(where(name));
  if (report.staleIgnores.length > 0) {
    console.log(
      `Ignore-list names that no longer occur uncovered: ${report.staleIgnores.join(', ')}`,
    );
  }
  const unused = Object.entries(report.unusedSpellings);
  console.log(
    `Entries with spellings the corpus never uses (general-knowledge variants): ${unused.length}`,
  );
  for (const [id, spellings] of unused) console.log(`  ${id}: ${spellings.join(', ')}`);
  if (report.unmatchable.length > 0) {
    console.log('Spellings the recognizer can never match (fix or remove them):');
    for (const { id, alias } of report.unmatchable) console.log(`  ${id}: ${alias}`);
  }
  if (report.uncovered.length > 0) {
    console.error(
      `${report.uncovered.length} uncovered name(s): add them to data/registry/ or explain them in ${ignoreFile}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main(values.data);
