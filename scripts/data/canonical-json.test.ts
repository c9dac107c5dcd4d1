import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/scripts/data/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and ends with a newline', () => {
    const a = canonicalJson({ b: 1, a: [{ z: 1, y: 2 }, 3] });
    const b = canonicalJson({ a: [{ y: 2, z: 1 }, 3], b: 1 });
    expect(a).toBe(b);
    expect(a).toBe(
      '{\n  "a": [\n    {\n      "y": 2,\n      "z": 1\n    },\n    3\n  ],\n  "b": 1\n}\n',
    );
  });
});
