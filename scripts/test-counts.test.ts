import { describe, expect, it } from 'vitest';
import { countReport, type VitestJsonReport } from '@/scripts/test-counts';

const report = (overrides: Partial<VitestJsonReport>): VitestJsonReport => ({
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: [],
  ...overrides,
});

describe('countReport', () => {
  it('counts passed and failed tests', () => {
    expect(countReport(report({ numPassedTests: 5, numFailedTests: 2 }))).toEqual({
      passed: 5,
      failed: 2,
    });
  });

  it('counts skipped and todo tests as failed', () => {
    expect(countReport(report({ numPassedTests: 3, numPendingTests: 2, numTodoTests: 1 }))).toEqual(
      { passed: 3, failed: 3 },
    );
  });

  it('counts a file that failed without a failing test as one failure', () => {
    const counts = countReport(
      report({
        numPassedTests: 1,
        numFailedTests: 1,
        testResults: [
          { name: 'a.test.ts', status: 'failed', assertionResults: [] },
          { name: 'b.test.ts', status: 'failed', assertionResults: [{ status: 'failed' }] },
          { name: 'c.test.ts', status: 'passed', assertionResults: [{ status: 'passed' }] },
        ],
      }),
    );
    expect(counts).toEqual({ passed: 1, failed: 2 });
  });
});
