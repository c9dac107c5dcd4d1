/**
 * Runs once per browser test run: builds both extension targets (unless NK_LENS_SKIP_BUILD=1) and
 * starts the fixture server, whose origin tests read through `fixtureUrl()`.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { REPO_ROOT } from '@/tests/browser/extension-build';
import { startStaticServer } from '@/tests/browser/server';

function build(args: string[]): void {
  execFileSync(process.execPath, [`${REPO_ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NK_LENS_SKIP_BUILD !== '1') {
    console.log('Building the extension for Chromium and Firefox (NK_LENS_SKIP_BUILD=1 skips)…');
    build([]);
    build(['-b', 'firefox']);
  }
  const server = await startStaticServer();
  project.provide('fixtureOrigin', server.origin);
  return () => server.close();
}
