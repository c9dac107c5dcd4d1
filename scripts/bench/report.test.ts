import { describe, expect, it } from 'vitest';
import { report, unmeasured, verdict, type Environment } from '@/scripts/bench/report';
import { formatValue, renderTable } from '@/scripts/bench/table';

const environment: Environment = {
  command: 'npm run bench',
  date: '2026-11-23T02:00:00.000Z',
  cpu: 'Test CPU',
  cores: 2,
  memory: '8 GB',
  load: '0.5 0.4 0.3',
  os: 'linux',
  node: 'v20.20.0',
  chromium: '156',
  commit: 'abc1234',
  mode: 'quick',
  runs: 1,
};

describe('verdict', () => {
  it('passes a value within a max budget and misses one above it', () => {
    expect(
      verdict({
        section: 's',
        metric: 'm',
        value: 60,
        unit: 'ms',
        budget: { limit: 60, kind: 'max' },
      }),
    ).toBe('PASS');
    expect(
      verdict({
        section: 's',
        metric: 'm',
        value: 61,
        unit: 'ms',
        budget: { limit: 60, kind: 'max' },
      }),
    ).toBe('MISS');
  });

  it('checks min budgets the other way and says when nothing was measured', () => {
    expect(
      verdict({
        section: 's',
        metric: 'm',
        value: 24,
        unit: '×',
        budget: { limit: 25, kind: 'min' },
      }),
    ).toBe('MISS');
    const row = unmeasured(
      { section: 's', metric: 'm', unit: 'ms', budget: { limit: 1, kind: 'max' } },
      new Error('no build\nstack'),
    );
    expect(verdict(row)).toBe('NOT MEASURED');
    expect(row.note).toBe('not measured: no build');
    expect(verdict({ section: 's', metric: 'm', value: 3, unit: 'ms' })).toBe('');
  });
});

describe('renderTable', () => {
  it('prints the environment, then aligned rows with budgets and verdicts', () => {
    const text = renderTable(
      report(environment, [
        {
          section: 'Matcher',
          metric: 'compile',
          value: 12.345,
          unit: 'ms',
          budget: { limit: 50, kind: 'max' },
        },
        {
          section: 'Sizes',
          metric: 'content script',
          value: 51.2,
          unit: 'KB',
          budget: { limit: 40, kind: 'max' },
          note: 'gzip',
        },
      ]),
    );
    expect(text).toContain('Command: npm run bench (quick, median of 1 runs)');
    expect(text).toContain('Chromium 156');
    const lines = text.trim().split('\n');
    const tableLines = lines.filter((line) => line.startsWith('|'));
    expect(new Set(tableLines.map((line) => line.length)).size).toBe(1);
    expect(text).toMatch(/\| compile .*\| 12\.3 ms .*\| ≤ 50\.0 ms .*\| PASS /);
    expect(text).toMatch(/\| content script .*\| 51\.2 KB .*\| MISS .*\| gzip/);
  });

  it('formats ratios, counts and missing values', () => {
    expect(formatValue(31.26, '×')).toBe('31.3×');
    expect(formatValue(4321, 'count')).toBe('4321');
    expect(formatValue(null, 'ms')).toBe('—');
    expect(formatValue(0.123, 'ms')).toBe('0.12 ms');
  });
});
