/**
 * 6. Sizes of the built extension, gzipped (level 9, 1 KB = 1,000 bytes): each entrypoint with
 * the chunks it loads, the content script without the dataset it bundles, and that dataset (the
 * matcher's readings; the profiles are bundled in the background).
 */
import type { Row } from '@/scripts/bench/report';
import { unmeasured } from '@/scripts/bench/report';
import { entrypointFiles, gzipSize, weigh } from '@/scripts/bench/sizes';
import { loadMatcherData } from '@/scripts/bench/real-dataset';
import { encodeMatcherText } from '@/utils/dataset/matcher-text';
import { groupSizes } from '@/scripts/bench/module-groups';
import path from 'node:path';

const SECTION = '6 Sizes';
const KB = 1000;
const CONTENT = 'content script';
const ROOT = path.resolve(import.meta.dirname, '../..');

export interface SizeInputs {
  extensionDir: string;
  /** The same build with `data/generated/*.json` emptied; absent in quick runs. */
  withoutDatasetDir?: string;
  /** Rendered size (tree-shaken, not yet minified) of each module of that build's content script. */
  contentModules?: Record<string, number>;
}

/** How many of the content script's largest parts the table lists. */
const LARGEST_PARTS = 6;

export function sizesSection({
  extensionDir,
  withoutDatasetDir,
  contentModules,
}: SizeInputs): Row[] {
  const entrypoints = entrypointFiles(extensionDir);
  const content = entrypoints[CONTENT];
  if (!content) throw new Error(`No content script in ${extensionDir}/manifest.json`);
  const datasetGzip = gzipSize(encodeMatcherText(loadMatcherData().entities));
  const shippedJs = weigh(
    extensionDir,
    content.filter((file) => file.endsWith('.js')),
  );
  const rows: Row[] = [contentWithoutDataset(shippedJs.gzipBytes, datasetGzip, withoutDatasetDir)];
  rows.push({
    section: SECTION,
    metric: 'dataset bundled in the content script',
    value: datasetGzip / KB,
    unit: 'KB',
    note: "the matcher's entities as bundled (one line each), gzipped on its own (the profiles are in the background)",
  });
  if (contentModules) {
    for (const [group, bytes] of groupSizes(contentModules, ROOT).slice(0, LARGEST_PARTS)) {
      rows.push({
        section: SECTION,
        metric: `  content script part: ${group}`,
        value: bytes / KB,
        unit: 'KB',
        note: 'rendered after tree-shaking, before minification',
      });
    }
  }
  for (const [name, files] of Object.entries(entrypoints)) {
    const weight = weigh(extensionDir, files);
    rows.push({
      section: SECTION,
      metric: `${name}${name === CONTENT ? ' as shipped (dataset included)' : ''}`,
      value: weight.gzipBytes / KB,
      unit: 'KB',
      note: `${(weight.bytes / KB).toFixed(1)} KB raw, ${files.length} file${files.length === 1 ? '' : 's'}`,
    });
  }
  return rows;
}

function contentWithoutDataset(
  shippedJsGzip: number,
  datasetGzip: number,
  withoutDatasetDir?: string,
): Row {
  const row = {
    section: SECTION,
    metric: 'content script JS, dataset excluded',
    unit: 'KB' as const,
    budget: { limit: 40, kind: 'max' as const },
  };
  if (!withoutDatasetDir) {
    return {
      ...row,
      value: (shippedJsGzip - datasetGzip) / KB,
      note: 'quick: shipped gzip − dataset gzip (approximate)',
    };
  }
  try {
    const files = entrypointFiles(withoutDatasetDir)[CONTENT] ?? [];
    const weight = weigh(
      withoutDatasetDir,
      files.filter((file) => file.endsWith('.js')),
    );
    return { ...row, value: weight.gzipBytes / KB, note: 'built with the dataset emptied (exact)' };
  } catch (error) {
    return unmeasured(row, error);
  }
}
