/** Input problems the data build reports: each names the file, and where known the entry and field. */

export interface DataProblem {
  file: string;
  entry?: string;
  field?: string;
  message: string;
}

export class DataInputError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataInputError';
  }
}

export function formatProblem(problem: DataProblem): string {
  const where = [
    problem.file,
    problem.entry === undefined ? undefined : `entry "${problem.entry}"`,
    problem.field === undefined ? undefined : `field "${problem.field}"`,
  ].filter((part) => part !== undefined);
  return `${where.join(': ')}: ${problem.message}`;
}

/** Renders a zod issue path (["roles", 0, "cite"]) as "roles[0].cite". */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
