import { describe, expect, it } from 'vitest';
import { groupSizes, moduleGroup } from '@/scripts/bench/module-groups';

const ROOT = '/repo';

describe('moduleGroup', () => {
  it('names npm packages, scoped or not', () => {
    expect(moduleGroup('/repo/node_modules/zod/v4/core/util.js', ROOT)).toBe('zod');
    expect(moduleGroup('/repo/node_modules/@floating-ui/dom/dist/x.mjs', ROOT)).toBe(
      '@floating-ui/dom',
    );
  });

  it('names source folders two levels deep, and virtual modules as they are', () => {
    expect(moduleGroup('/repo/utils/recognition/trie.ts', ROOT)).toBe('utils/recognition');
    expect(moduleGroup('/repo/data/generated/lens.json?import', ROOT)).toBe('data/generated');
    expect(moduleGroup('\0virtual:wxt-content-script', ROOT)).toBe('virtual:wxt-content-script');
  });
});

describe('groupSizes', () => {
  it('sums per group, largest first', () => {
    expect(
      groupSizes(
        {
          '/repo/node_modules/zod/a.js': 10,
          '/repo/node_modules/zod/b.js': 15,
          '/repo/utils/page/a.ts': 20,
        },
        ROOT,
      ),
    ).toEqual([
      ['zod', 25],
      ['utils/page', 20],
    ]);
  });
});
