import { describe, expect, it } from 'vitest';
import { parseCliOptions, SECTIONS } from '@/scripts/bench/cli-options';

describe('parseCliOptions', () => {
  it('defaults to a full run of five', () => {
    expect(parseCliOptions([])).toEqual({
      quick: false,
      json: false,
      runs: 5,
      sections: [...SECTIONS],
    });
  });

  it('makes quick runs single unless told otherwise', () => {
    expect(parseCliOptions(['--quick', '--json'])).toMatchObject({
      quick: true,
      json: true,
      runs: 1,
    });
    expect(parseCliOptions(['--quick', '--runs', '3']).runs).toBe(3);
  });

  it('takes a prebuilt extension directory', () => {
    expect(parseCliOptions(['--extension', '.output/chrome-mv3']).extensionDir).toBe(
      '.output/chrome-mv3',
    );
  });

  it('selects sections', () => {
    expect(parseCliOptions(['--only', 'search,sizes']).sections).toEqual(['search', 'sizes']);
    expect(() => parseCliOptions(['--only', 'search,speed'])).toThrow(/Unknown section speed/);
  });

  it('rejects unknown options and bad values with a clear error', () => {
    expect(() => parseCliOptions(['--fast'])).toThrow(/Unknown option --fast/);
    expect(() => parseCliOptions(['--runs', '0'])).toThrow(/positive integer/);
    expect(() => parseCliOptions(['--extension'])).toThrow(/needs a value/);
  });
});
