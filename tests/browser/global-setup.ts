/**
 * Runs once per browser test run: builds both extension targets (unless NK_LENS_SKIP_BUILD=1),
 * copies the builds to a folder of this run's own (a rebuild during the run cannot swap files
 * under the browsers), and starts the fixture server, whose origin `fixtureUrl()` reads.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { EXTENSION_DIRS, REPO_ROOT } from '@/tests/browser/extension-build';
import { startStaticServer } from '@/tests/browser/server';
import type { BrowserName } from '@/tests/browser/session';

function build(args: string[]): void {
  execFileSync(process.execPath, [`${REPO_ROOT}/node_modules/wxt/bin/wxt.mjs`, 'build', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function snapshot(name: BrowserName, into: string): string {
  const source = EXTENSION_DIRS[name];
  if (!existsSync(join(source, 'manifest.json'))) {
    throw new Error(`No ${name} build in ${source}: run without NK_LENS_SKIP_BUILD=1`);
  }
  const target = join(into, name);
  cpSync(source, target, { recursive: true });
  return target;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NK_LENS_SKIP_BUILD !== '1') {
    console.log('Building the extension for Chromium and Firefox (NK_LENS_SKIP_BUILD=1 skips)…');
    build([]);
    build(['-b', 'firefox']);
  }
  const buildsDir = mkdtempSync(join(tmpdir(), 'nk-lens-builds-'));
  project.provide('extensionDirs', {
    chromium: snapshot('chromium', buildsDir),
    firefox: snapshot('firefox', buildsDir),
  });
  const server = await startStaticServer();
  project.provide('fixtureOrigin', server.origin);
  return async () => {
    await server.close();
    rmSync(buildsDir, { recursive: true, force: true });
  };
}
