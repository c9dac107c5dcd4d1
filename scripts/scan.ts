/**
 * Prints the entity mentions the recognition core finds in text files.
 *
 *   npm run --silent scan -- FILE...            human-readable: file:line:column, text, entity
 *   npm run --silent scan -- --json FILE...     one JSON object per mention and line
 *   npm run --silent scan -- --data LENS FILE   use another lens.json than data/generated/
 *
 * Offsets are JavaScript string indices into the file decoded as UTF-8. Each paragraph (blank
 * lines between them) is read as a page's block is; back-references are resolved within each
 * file, and an ambiguous acronym ("CNN") counts only in a file that names some entity
 * otherwise, as on a page. Exit status: 0 when every file was scanned, 1 when one could not be (it is reported and
 * the others are still scanned), 2 for bad usage or a missing dataset.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  compileRecognizer,
  createBackrefState,
  type Recognizer,
  supportedMentions,
} from '@/utils/recognition';
import type { Mention } from '@/utils/recognition/types';

const DEFAULT_DATA = 'data/generated/lens.json';
const USAGE = 'usage: npm run --silent scan -- [--json] [--data LENS_JSON] FILE...';

const lensSchema = z.object({
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: z.enum(['person', 'organisation', 'forum', 'programme']),
      category: z.enum(['official', 'forum', 'context']),
      aliases: z.array(z.string()),
      acronyms: z.array(z.string()),
      hangul: z.array(z.string()),
      surname: z.string().optional(),
      ambiguousAcronyms: z.array(z.string()).optional(),
      titles: z.array(z.string()).optional(),
    }),
  ),
});

class UsageError extends Error {}

interface Options {
  json: boolean;
  data: string;
  files: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = { json: false, data: DEFAULT_DATA, files: [] };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--data') {
      const data = args[++index];
      if (data === undefined) throw new UsageError('--data needs a file');
      options.data = data;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError('no file to scan');
  return options;
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function loadRecognizer(path: string): Recognizer {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const hint = path === DEFAULT_DATA ? ': run npm run data first' : '';
    throw new UsageError(`cannot read the dataset ${path} (${errorText(error)})${hint}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`the dataset ${path} is not valid JSON: ${errorText(error)}`);
  }
  const parsed = lensSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `the dataset ${path} is invalid at ${issue.path.join('.')}: ${issue.message}`,
    );
  }
  return compileRecognizer(parsed.data.entities);
}

/** The file's text, or an error message: unreadable, binary (NUL bytes) or not UTF-8. */
function readText(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: `cannot read ${file}: ${errorText(error)}` };
  }
  if (bytes.includes(0)) return { error: `${file} looks binary (it contains NUL bytes); refused` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: `${file} is not UTF-8 text; refused` };
  }
}

/** A blank line: what separates two paragraphs of a text file. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/g;

/**
 * The mentions in `text`, read a paragraph at a time as a page's blocks are (paragraphs are
 * separated by blank lines; a single line break is a space), with one back-reference state for
 * the file; offsets into the whole text.
 */
function scanParagraphs(recognizer: Recognizer, text: string): Mention[] {
  const backrefs = createBackrefState();
  const mentions: Mention[] = [];
  let start = 0;
  const read = (end: number) => {
    for (const mention of recognizer.scan(text.slice(start, end), { backrefs })) {
      mentions.push({ ...mention, start: mention.start + start, end: mention.end + start });
    }
  };
  for (const paragraphBreak of text.matchAll(PARAGRAPH_BREAK)) {
    read(paragraphBreak.index);
    start = paragraphBreak.index + paragraphBreak[0].length;
  }
  read(text.length);
  return mentions;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}

function describe(file: string, text: string, mention: Mention): string {
  const reference = mention.backref ? ' (back-reference)' : '';
  return `${file}:${lineAndColumn(text, mention.start)}\t${mention.text}\t→ ${mention.name} [${mention.id}, ${mention.type}]${reference}`;
}

function main(args: string[]): number {
  let options: Options;
  let recognizer: Recognizer;
  try {
    options = parseArgs(args);
    recognizer = loadRecognizer(options.data);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`scan: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const file of options.files) {
    const read = readText(file);
    if ('error' in read) {
      process.stderr.write(`scan: ${read.error}\n`);
      status = 1;
      continue;
    }
    const mentions = supportedMentions(scanParagraphs(recognizer, read.text));
    const lines = mentions.map((mention) =>
      options.json ? JSON.stringify({ file, ...mention }) : describe(file, read.text, mention),
    );
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
