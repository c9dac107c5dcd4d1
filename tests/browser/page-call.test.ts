import { describe, expect, it } from 'vitest';
import { callExpression } from '@/tests/browser/page-call';

describe('callExpression', () => {
  it('calls the function with JSON arguments', () => {
    const expression = callExpression(
      (a: number, b: { s: string }) => `${a}:${b.s}`,
      [2, { s: 'x' }],
    );
    expect(eval(expression)).toBe('2:x');
  });

  it('tolerates the name helper esbuild-based loaders insert', () => {
    const source = 'function probe() { const inner = __name(() => 7, "inner"); return inner(); }';
    const fn = { toString: () => source } as unknown as () => number;
    expect(eval(callExpression(fn, []))).toBe(7);
  });
});
