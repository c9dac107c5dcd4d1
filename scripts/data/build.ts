/**
 * `npm run data [-- --check] [--data DIR] [--out DIR]`: builds data/generated/ from the corpus and
 * the registry. With --check, writes nothing and exits non-zero naming every stale file.
 */
import { parseArgs } from 'node:util';
import { runBuild } from '@/scripts/data/run-build';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    data: { type: 'string', default: 'data' },
    out: { type: 'string' },
  },
});

const result = runBuild({ dataDir: values.data, outDir: values.out, check: values.check });
for (const message of result.messages) (result.ok ? console.log : console.error)(message);
process.exitCode = result.ok ? 0 : 1;
