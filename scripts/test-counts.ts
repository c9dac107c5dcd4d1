/**
 * Counts for `npm test`'s summary line from a vitest JSON report. A skipped or todo test counts
 * as failed, and so does a test file that failed without a failing test (an import error, a
 * failing hook): each is something that did not pass.
 */

export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}

export interface Counts {
  passed: number;
  failed: number;
}

export function countReport(report: VitestJsonReport): Counts {
  const brokenFiles = report.testResults.filter(
    (file) =>
      file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numPendingTests + report.numTodoTests + brokenFiles,
  };
}
