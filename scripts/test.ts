/**
 * `npm test`: unit tests, then real-browser tests in Chromium and Firefox, then one summary line
 * `N passed, N failed`. A skipped or todo test counts as failed, and so does a test file that
 * could not run at all. Exits non-zero on any failure, or at once when a browser is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingBrowser } from '@/scripts/browsers';
import { countReport, type Counts, type VitestJsonReport } from '@/scripts/test-counts';

const VITEST = join(import.meta.dirname, '../node_modules/vitest/vitest.mjs');

function runVitest(label: string, args: string[], outDir: string): Counts {
  const reportFile = join(outDir, `${label}.json`);
  console.log(`\n▶ ${label} tests`);
  const run = spawnSync(
    process.execPath,
    [
      VITEST,
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
    ],
    { stdio: 'inherit' },
  );
  let report: VitestJsonReport;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport;
  } catch {
    console.error(`✗ ${label} tests did not produce a report (vitest exit ${run.status}).`);
    return { passed: 0, failed: 1 };
  }
  const counts = countReport(report);
  if (run.status !== 0 && counts.failed === 0) {
    console.error(`✗ ${label} tests: vitest exited with ${run.status}.`);
    counts.failed = 1;
  }
  return counts;
}

const missing = missingBrowser();
if (missing) {
  console.error(missing);
  process.exit(1);
}

const outDir = mkdtempSync(join(tmpdir(), 'nk-lens-test-'));
try {
  const unit = runVitest('unit', [], outDir);
  const browser = runVitest('browser', ['-c', 'tests/browser/vitest.config.ts'], outDir);
  const passed = unit.passed + browser.passed;
  const failed = unit.failed + browser.failed;
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
