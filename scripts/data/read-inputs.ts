/**
 * Reads and validates the build's inputs: the corpus manifest, the corpus articles it lists and the
 * registry files. Every problem found is collected, so one run reports them all.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { DataInputError, fieldPath, type DataProblem } from '@/scripts/data/data-error';
import { manifestSchema } from '@/utils/dataset/manifest-schema';
import { registryFileSchema, type RegistryEntry } from '@/utils/dataset/registry-schema';
import { splitSentences, type Sentence } from '@/utils/dataset/sentences';
import type { CorpusManifestEntry } from '@/utils/dataset/types';

export interface CorpusDoc {
  meta: CorpusManifestEntry;
  text: string;
  sentences: Sentence[];
}

export interface RegistryRecord {
  /** Path of the registry file, for messages. */
  file: string;
  entry: RegistryEntry;
}

export interface Inputs {
  docs: CorpusDoc[];
  registry: RegistryRecord[];
}

/** Registry files that are not entity lists. */
export const NON_ENTITY_FILES = new Set(['ignore.json']);

export function readInputs(dataDir: string): Inputs {
  const problems: DataProblem[] = [];
  const docs = readCorpus(dataDir, problems);
  const registry = readRegistry(dataDir, problems);
  if (problems.length > 0) throw new DataInputError(problems);
  return { docs, registry };
}

function readCorpus(dataDir: string, problems: DataProblem[]): CorpusDoc[] {
  const corpusDir = join(dataDir, 'corpus');
  const manifestFile = join(corpusDir, 'manifest.json');
  const manifest = parseFile(manifestFile, manifestSchema, problems, (path, raw) => {
    const file = path[0] === 'documents' ? fileNameAt(raw, path[1]) : undefined;
    return { entry: file, field: fieldPath(path.slice(file === undefined ? 0 : 2)) };
  });
  if (!manifest) return [];

  const docs: CorpusDoc[] = [];
  const seen = new Set<string>();
  for (const meta of manifest.documents) {
    if (seen.has(meta.file)) {
      problems.push({
        file: manifestFile,
        entry: meta.file,
        field: 'file',
        message: 'is listed twice',
      });
      continue;
    }
    seen.add(meta.file);
    const path = join(corpusDir, meta.file);
    if (!existsSync(path)) {
      problems.push({
        file: manifestFile,
        entry: meta.file,
        field: 'file',
        message: `corpus file ${path} does not exist`,
      });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    docs.push({ meta, text, sentences: splitSentences(text) });
  }
  for (const file of listFiles(corpusDir, '.txt')) {
    if (!seen.has(file)) {
      problems.push({
        file: join(corpusDir, file),
        message: `is not listed in ${manifestFile}; add its metadata there`,
      });
    }
  }
  return docs.sort((a, b) => a.meta.file.localeCompare(b.meta.file));
}

function readRegistry(dataDir: string, problems: DataProblem[]): RegistryRecord[] {
  const registryDir = join(dataDir, 'registry');
  if (!existsSync(registryDir)) {
    problems.push({ file: registryDir, message: 'registry directory does not exist' });
    return [];
  }
  const records: RegistryRecord[] = [];
  for (const name of listFiles(registryDir, '.json')) {
    if (NON_ENTITY_FILES.has(name)) continue;
    const file = join(registryDir, name);
    const parsed = parseFile(file, registryFileSchema, problems, (path, raw) => {
      const entry = path[0] === 'entities' ? entryIdAt(raw, path[1]) : undefined;
      return { entry, field: fieldPath(path.slice(entry === undefined ? 0 : 2)) };
    });
    for (const entry of parsed?.entities ?? []) records.push({ file, entry });
  }
  return records;
}

type Locate = (
  path: readonly PropertyKey[],
  raw: unknown,
) => { entry: string | undefined; field: string };

/** Reads, parses and validates one JSON file; on failure records the problems and returns undefined. */
export function parseFile<T extends z.ZodType>(
  file: string,
  schema: T,
  problems: DataProblem[],
  locate: Locate,
): z.infer<T> | undefined {
  if (!existsSync(file)) {
    problems.push({ file, message: 'file does not exist' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file, message: `invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { entry, field } = locate(issue.path, raw);
    problems.push({ file, entry, field: field || undefined, message: issue.message });
  }
  return undefined;
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** A readable name for the array element at `index`: its id (or file) when it has one, else "#index". */
function entryIdAt(raw: unknown, index: PropertyKey | undefined): string | undefined {
  return labelAt(raw, 'entities', 'id', index);
}

function fileNameAt(raw: unknown, index: PropertyKey | undefined): string | undefined {
  return labelAt(raw, 'documents', 'file', index);
}

function labelAt(raw: unknown, list: string, key: string, index: PropertyKey | undefined) {
  if (typeof index !== 'number') return undefined;
  const items = (raw as Record<string, unknown>)[list];
  const item = Array.isArray(items)
    ? (items[index] as Record<string, unknown> | undefined)
    : undefined;
  const label = item?.[key];
  return typeof label === 'string' ? label : `#${index}`;
}
