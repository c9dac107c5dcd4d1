import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and component tests: `*.test.ts(x)` beside the code. Real-browser tests (`*.browser.test.ts`)
// have their own config in tests/browser/.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,scripts,tests}/**/*.test.{ts,tsx}'],
    exclude: ['**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
  },
});
