import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Chromium and Firefox, one file at a time (each file
// starts its own browsers; two cores do not run more in parallel without flaking).
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname, '../..') } },
  test: {
    root: resolve(import.meta.dirname, '../..'),
    include: ['tests/browser/**/*.browser.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    environment: 'node',
  },
});
