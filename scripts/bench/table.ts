/** Renders a benchmark report as a plain-text table (also valid Markdown). */
import type { Report, Row } from '@/scripts/bench/report';

export function formatValue(value: number | null, unit: Row['unit']): string {
  if (value === null) return '—';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  const number = value.toFixed(unit === 'count' ? 0 : digits);
  return unit === '×' ? `${number}×` : unit === 'count' ? number : `${number} ${unit}`;
}

function formatBudget(row: Row): string {
  if (!row.budget) return '';
  const sign = row.budget.kind === 'max' ? '≤' : '≥';
  return `${sign} ${formatValue(row.budget.limit, row.unit)}`;
}

export function renderTable(report: Report): string {
  const { environment: env } = report;
  const header = [
    `NK Lens benchmark — ${env.date}`,
    `Command: ${env.command} (${env.mode}, median of ${env.runs} runs)`,
    `Machine: ${env.cpu}, ${env.cores} cores, ${env.memory}, ${env.os}, load average ${env.load}`,
    `Node ${env.node}, Chromium ${env.chromium}, commit ${env.commit}`,
    '',
  ];
  const cells = [
    ['Section', 'Metric', 'Value', 'Budget', 'Result', 'Note'],
    ...report.rows.map((row) => [
      row.section,
      row.metric,
      formatValue(row.value, row.unit),
      formatBudget(row),
      row.verdict,
      row.note ?? '',
    ]),
  ];
  const widths = cells[0]!.map((_, column) =>
    Math.max(...cells.map((line) => line[column]!.length)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [...header, line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n') + '\n';
}
