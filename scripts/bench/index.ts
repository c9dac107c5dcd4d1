/**
 * `npm run bench`: measures NK Lens against its performance budgets and prints a table (or
 * JSON with `--json`). See docs/performance.md.
 */
import path from 'node:path';
import type { BenchContext } from '@/scripts/bench/bench-context';
import {
  PAGE_BYTES,
  QUICK_PAGE_BYTES,
  SEED,
  SYNTHETIC_ENTITIES,
} from '@/scripts/bench/bench-context';
import { parseCliOptions, type Section } from '@/scripts/bench/cli-options';
import { environment } from '@/scripts/bench/environment';
import { BUILD_DIR, buildExtension } from '@/scripts/bench/extension-build';
import { hoverSection } from '@/scripts/bench/hover-section';
import { liveBlogPage } from '@/scripts/bench/live-blog-page';
import { matcherSection } from '@/scripts/bench/matcher-section';
import { pageSection } from '@/scripts/bench/page-section';
import { loadLensData, loadMatcherData } from '@/scripts/bench/real-dataset';
import { report, type Row, unmeasured } from '@/scripts/bench/report';
import { searchSection } from '@/scripts/bench/search-section';
import { sizesSection } from '@/scripts/bench/sizes-section';
import { syntheticDataset } from '@/scripts/bench/synthetic-lens';
import { syntheticRegistry } from '@/scripts/bench/synthetic-registry';
import { renderTable } from '@/scripts/bench/table';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = parseCliOptions(args);
  const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
  const lens = loadLensData();
  const synthetic = syntheticRegistry({ count: SYNTHETIC_ENTITIES, seed: SEED });
  const page = liveBlogPage(lens.entities, { seed: SEED, bytes: PAGE_BYTES });
  const syntheticPage = liveBlogPage([...synthetic, ...lens.entities], {
    seed: SEED,
    bytes: PAGE_BYTES,
  });
  const context: BenchContext = {
    quick: options.quick,
    runs: options.runs,
    lens,
    synthetic,
    page,
    syntheticPage,
    chromiumPage: options.quick
      ? liveBlogPage(lens.entities, { seed: SEED, bytes: QUICK_PAGE_BYTES })
      : page,
    chromiumSyntheticPage: options.quick
      ? liveBlogPage([...synthetic, ...lens.entities], { seed: SEED, bytes: QUICK_PAGE_BYTES })
      : syntheticPage,
  };

  const runs = (section: Section) => options.sections.includes(section);
  const needsBuild = runs('page') || runs('hover') || runs('sizes');
  progress(needsBuild ? 'building the extension' : 'no build needed');
  let extensionDir = options.extensionDir && path.resolve(options.extensionDir);
  let withoutDatasetDir: string | undefined;
  let syntheticDir: string | undefined;
  const contentModules: Record<string, number> = {};
  let buildError: unknown;
  try {
    if (needsBuild)
      extensionDir ??= await buildExtension({ outDir: path.join(BUILD_DIR, 'extension') });
    if (runs('page')) {
      syntheticDir = await buildExtension({
        outDir: path.join(BUILD_DIR, 'extension-5000'),
        dataset: syntheticDataset({ lens, matcher: loadMatcherData() }, synthetic),
      });
    }
    if (runs('sizes') && !options.quick) {
      withoutDatasetDir = await buildExtension({
        outDir: path.join(BUILD_DIR, 'extension-without-dataset'),
        withoutDataset: true,
        entrypoints: ['content'],
        contentModules,
      });
    }
  } catch (error) {
    buildError = error;
  }

  const built = extensionDir !== undefined && buildError === undefined ? extensionDir : undefined;
  const notBuilt = (section: string) => [
    unmeasured({ section, metric: 'extension not built', unit: 'ms' }, buildError ?? 'no build'),
  ];
  const rows: Row[] = [];
  if (runs('matcher')) {
    progress('1 matcher');
    rows.push(...matcherSection(context));
  }
  if (runs('page')) {
    progress('2-3 page scan in Chromium and mark.js');
    rows.push(
      ...(built && syntheticDir
        ? await pageSection(context, { real: built, synthetic: syntheticDir })
        : notBuilt('2 Page scan')),
    );
  }
  if (runs('hover')) {
    progress('4 hover');
    rows.push(...(built ? await hoverSection(context, built) : notBuilt('4 Hover')));
  }
  if (runs('search')) {
    progress('5 search');
    rows.push(...(await searchSection(context)));
  }
  if (runs('sizes')) {
    progress('6 sizes');
    rows.push(
      ...(built
        ? sizesSection({
            extensionDir: built,
            withoutDatasetDir,
            contentModules: withoutDatasetDir ? contentModules : undefined,
          })
        : notBuilt('6 Sizes')),
    );
  }

  const command = ['npm run bench', ...(args.length ? ['--', ...args] : [])].join(' ');
  const result = report(environment(command, options.quick ? 'quick' : 'full', options.runs), rows);
  process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderTable(result));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
