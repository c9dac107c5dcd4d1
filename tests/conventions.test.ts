/**
 * House conventions, checked over the source tree: `@/` imports instead of `../../`, browser tests
 * that cover both browsers through the harness, no skipped or focused tests, and only entrypoints
 * in entrypoints/ (shared code lives in utils/ or components/).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils', 'scripts', 'tests'];
const IGNORED = new Set(['node_modules', '.output', '.wxt', 'generated']);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (IGNORED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

const sourceFiles = SOURCE_DIRS.flatMap((dir) => {
  try {
    return walk(join(ROOT, dir));
  } catch {
    return [];
  }
})
  .filter((file) => /\.(ts|tsx|mts)$/.test(file))
  .map((file) => ({ path: relative(ROOT, file), text: readFileSync(file, 'utf8') }));

const testFiles = sourceFiles.filter((file) => /\.test\.tsx?$/.test(file.path));
const browserTests = sourceFiles.filter((file) => file.path.endsWith('.browser.test.ts'));

/** The offending lines of `text` for `pattern`, as `path:line: text`. */
function offences(files: { path: string; text: string }[], pattern: RegExp): string[] {
  return files.flatMap(({ path, text }) =>
    text
      .split('\n')
      .map((line, index) => ({ line, number: index + 1 }))
      .filter(({ line }) => pattern.test(line))
      .map(({ line, number }) => `${path}:${number}: ${line.trim()}`),
  );
}

// Built from parts so that this file does not match its own patterns.
const PARENT_IMPORT = new RegExp(
  String.raw`(from\s+|import\s*\(\s*|require\s*\(\s*)['"]` + String.raw`(\.\./){2}`,
);
const SKIPPED = new RegExp(
  String.raw`\b(it|test|describe|suite|bench)(\.\w+)*\.` + '(skip|only|todo|skipIf|runIf)\\b',
);
const ENTRYPOINT_FILE =
  /^(background|content|popup|options|sidepanel|newtab|devtools|sandbox)\.(ts|tsx|html)$|^[\w-]+\.(content|sidepanel|sandbox)\.(ts|tsx|html)$/;

describe('house conventions', () => {
  it('finds the source tree', () => {
    expect(sourceFiles.length).toBeGreaterThan(10);
    expect(browserTests.length).toBeGreaterThan(0);
  });

  it('imports through @/ rather than ../../', () => {
    expect(offences(sourceFiles, PARENT_IMPORT)).toEqual([]);
  });

  it('has no skipped, focused or todo tests', () => {
    expect(offences(testFiles, SKIPPED)).toEqual([]);
  });

  it('runs every browser test in both browsers through the harness', () => {
    const notBoth = browserTests
      .filter(
        ({ text }) =>
          !/from '@\/tests\/browser\/harness'/.test(text) ||
          !/describe\.each\(BROWSERS\)/.test(text),
      )
      .map(({ path }) => path);
    expect(notBoth).toEqual([]);
  });

  it('keeps only entrypoints in entrypoints/', () => {
    const dir = join(ROOT, 'entrypoints');
    const strays = readdirSync(dir).filter((name) => {
      const path = join(dir, name);
      if (!statSync(path).isDirectory()) return !ENTRYPOINT_FILE.test(name);
      return !readdirSync(path).some((child) => /^index\.(ts|tsx|html)$/.test(child));
    });
    expect(strays).toEqual([]);
  });

  it('does not share code between entrypoints', () => {
    const crossImports = sourceFiles.flatMap(({ path, text }) =>
      [...text.matchAll(/from '@\/entrypoints\/([\w.-]+)/g)]
        .filter((match) => !path.startsWith(`entrypoints/${match[1]}`))
        .map((match) => `${path} imports @/entrypoints/${match[1]}`),
    );
    expect(crossImports).toEqual([]);
  });
});
