/**
 * The benchmark's result model: one row per figure, with its budget and verdict, plus the
 * command and environment it was measured in.
 */

export type Unit = 'ms' | 'MB/s' | 'KB' | 'MB' | '×' | 'count';

export interface Budget {
  limit: number;
  /** `max`: the value must not exceed the limit; `min`: it must reach it. */
  kind: 'max' | 'min';
}

export interface Row {
  section: string;
  metric: string;
  /** `null` when the figure could not be measured; `note` says why. */
  value: number | null;
  unit: Unit;
  budget?: Budget;
  note?: string;
}

export type Verdict = 'PASS' | 'MISS' | 'NOT MEASURED' | '';

export interface Environment {
  command: string;
  date: string;
  cpu: string;
  cores: number;
  memory: string;
  /** Load averages (1, 5, 15 min) when the run started: other work on the machine skews timings. */
  load: string;
  os: string;
  node: string;
  chromium: string;
  commit: string;
  mode: 'full' | 'quick';
  runs: number;
}

export interface Report {
  environment: Environment;
  rows: (Row & { verdict: Verdict })[];
}

export function verdict(row: Row): Verdict {
  if (!row.budget) return '';
  if (row.value === null) return 'NOT MEASURED';
  const { limit, kind } = row.budget;
  return (kind === 'max' ? row.value <= limit : row.value >= limit) ? 'PASS' : 'MISS';
}

export function report(environment: Environment, rows: readonly Row[]): Report {
  return { environment, rows: rows.map((row) => ({ ...row, verdict: verdict(row) })) };
}

/** A row for a figure that could not be measured, keeping its budget visible. */
export function unmeasured(row: Omit<Row, 'value'>, error: unknown): Row {
  const reason = error instanceof Error ? error.message : String(error);
  return { ...row, value: null, note: `not measured: ${reason.split('\n')[0]}` };
}
