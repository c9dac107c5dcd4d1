/**
 * Builds the Chromium extension from the working tree into the benchmark's own directory,
 * optionally with the generated dataset replaced by an empty one of the same shape, so the
 * content script's own code can be weighed without the data it bundles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { build } from 'wxt';
import type { SyntheticDataset } from '@/scripts/bench/synthetic-lens';

/** Where the benchmark builds: inside the ignored cache directory, never over `.output/`. */
export const BUILD_DIR = path.resolve(import.meta.dirname, '../../.cache/bench');

const GENERATED_JSON = /[\\/]data[\\/]generated[\\/][^\\/]+\.json$/;
/**
 * The generated files a replaced dataset stands in for, named by their key in `SyntheticDataset`.
 * The content script imports `matcher.json?text`: the JSON loaded here is then encoded into its
 * bundled text like the file's (scripts/matcher-text-plugin.ts).
 */
const REPLACED_JSON = /[\\/]data[\\/]generated[\\/](lens|matcher)\.json$/;

export interface ExtensionBuildOptions {
  outDir: string;
  /** Replace every `data/generated/*.json` with an empty value of the same shape. */
  withoutDataset?: boolean;
  /** Bundle these instead of `data/generated/lens.json` (background) and `matcher.json` (content script). */
  dataset?: SyntheticDataset;
  /** Build only these entrypoints (all when absent). */
  entrypoints?: string[];
  /** Filled with the rendered size (tree-shaken, not yet minified) of every content-script module. */
  contentModules?: Record<string, number>;
}

/** Returns the directory of the built Chromium (MV3) extension. */
export async function buildExtension(options: ExtensionBuildOptions): Promise<string> {
  const quiet = { level: 0, log() {}, info() {}, warn() {}, success() {}, debug() {}, error() {} };
  await build({
    outDir: options.outDir,
    browser: 'chrome',
    filterEntrypoints: options.entrypoints,
    logger: quiet as never,
    vite: () => ({
      plugins: [
        ...(options.withoutDataset ? [emptyDataset()] : []),
        ...(options.dataset ? [replacedDataset(options.dataset)] : []),
        ...(options.contentModules ? [recordModules(options.contentModules)] : []),
      ],
    }),
  });
  return path.join(options.outDir, 'chrome-mv3');
}

function emptyDataset(): Plugin {
  return {
    name: 'nk-lens-bench-empty-dataset',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!GENERATED_JSON.test(file)) return null;
      return JSON.stringify(emptyOfSameShape(JSON.parse(readFileSync(file, 'utf8'))));
    },
  };
}

function replacedDataset(dataset: SyntheticDataset): Plugin {
  return {
    name: 'nk-lens-bench-replaced-dataset',
    enforce: 'pre',
    load(id) {
      const name = REPLACED_JSON.exec(id.split('?')[0] ?? id)?.[1] as
        keyof SyntheticDataset | undefined;
      return name === undefined ? null : JSON.stringify(dataset[name]);
    },
  };
}

function recordModules(sizes: Record<string, number>): Plugin {
  return {
    name: 'nk-lens-bench-module-sizes',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !output.fileName.startsWith('content-scripts/')) continue;
        for (const [id, module] of Object.entries(output.modules))
          sizes[id] = module.renderedLength;
      }
    },
  };
}

/** Same top-level keys (so named imports still resolve); arrays and objects emptied, scalars kept. */
export function emptyOfSameShape(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (value === null || typeof value !== 'object') return typeof value === 'number' ? value : null;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      Array.isArray(inner) ? [] : inner !== null && typeof inner === 'object' ? {} : inner,
    ]),
  );
}
