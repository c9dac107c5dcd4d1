/**
 * `npm run lint:firefox`: Mozilla's addons-linter (what `web-ext lint` runs) on the Firefox build.
 * Prints every message and exits non-zero when there is any error. Warnings are listed; the
 * known ones are explained in docs/testing.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

interface LinterReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_DIR = join(ROOT, '.output/firefox-mv2');
const LINTER = join(ROOT, 'node_modules/addons-linter/bin/addons-linter');

if (!existsSync(join(BUILD_DIR, 'manifest.json'))) {
  console.error(`No Firefox build in ${BUILD_DIR}: run \`npx wxt build -b firefox\` first.`);
  process.exit(1);
}

const run = spawnSync(process.execPath, [LINTER, '--output', 'json', '--boring', BUILD_DIR], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report: LinterReport;
try {
  report = JSON.parse(run.stdout) as LinterReport;
} catch {
  console.error(`addons-linter gave no report (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}

const describe = (kind: string, m: LinterMessage) =>
  `${kind} ${m.code}: ${m.message}${m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : ''}`;
for (const message of report.errors) console.log(describe('error  ', message));
for (const message of report.warnings) console.log(describe('warning', message));
for (const message of report.notices) console.log(describe('notice ', message));
const { errors, warnings, notices } = report.summary;
console.log(`addons-linter: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exitCode = errors === 0 ? 0 : 1;
