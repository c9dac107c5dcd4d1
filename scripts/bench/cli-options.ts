/** Command-line options of `npm run bench`. */

export interface CliOptions {
  quick: boolean;
  json: boolean;
  /** Measured runs per figure (default 5, 1 with `--quick`). */
  runs: number;
  /** A built Chromium extension to measure instead of building the working tree. */
  extensionDir?: string;
  /** The sections to run (all by default). */
  sections: Section[];
}

export const SECTIONS = ['matcher', 'page', 'hover', 'search', 'sizes'] as const;
export type Section = (typeof SECTIONS)[number];

export const USAGE = `Usage: npm run bench -- [--quick] [--json] [--runs N] [--extension DIR]
  --quick          one run, a 100 KB page in Chromium, no dataset-free build (CI smoke test)
  --json           print the report as JSON instead of a table
  --runs N         measured runs per figure, median reported (default 5; 1 with --quick)
  --extension DIR  measure this built chrome-mv3 directory instead of building the working tree
  --only LIST      run only these sections, comma-separated: ${SECTIONS.join(',')}`;

export function parseCliOptions(args: readonly string[]): CliOptions {
  const options: CliOptions = { quick: false, json: false, runs: 0, sections: [...SECTIONS] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--runs') options.runs = positiveInteger(args[++i]);
    else if (arg === '--extension') options.extensionDir = requiredValue(arg, args[++i]);
    else if (arg === '--only') options.sections = sectionList(requiredValue(arg, args[++i]));
    else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  if (options.runs === 0) options.runs = options.quick ? 1 : 5;
  return options;
}

function positiveInteger(value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`--runs needs a positive integer, got ${value}`);
  return number;
}

function requiredValue(option: string, value: string | undefined): string {
  if (!value || value.startsWith('--')) throw new Error(`${option} needs a value`);
  return value;
}

function sectionList(value: string): Section[] {
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`Unknown section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
  return names as Section[];
}
