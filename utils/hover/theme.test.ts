import { describe, expect, it } from 'vitest';
import { opaqueLuminance, resolveTheme } from '@/utils/hover/theme';

describe('resolveTheme', () => {
  it('obeys an explicit light or dark setting whatever the page and system', () => {
    expect(resolveTheme('light', 'rgb(0, 0, 0)', true)).toBe('light');
    expect(resolveTheme('dark', 'rgb(255, 255, 255)', false)).toBe('dark');
  });

  it('matches the page background in auto mode', () => {
    expect(resolveTheme('auto', 'rgb(18, 20, 23)', false)).toBe('dark');
    expect(resolveTheme('auto', 'rgb(255, 255, 255)', true)).toBe('light');
    expect(resolveTheme('auto', 'rgba(250, 248, 240, 0.9)', true)).toBe('light');
  });

  it('follows the system preference when the page background is unknown or transparent', () => {
    expect(resolveTheme('auto', null, true)).toBe('dark');
    expect(resolveTheme('auto', null, false)).toBe('light');
    expect(resolveTheme('auto', 'rgba(0, 0, 0, 0)', true)).toBe('dark');
    expect(resolveTheme('auto', 'rgba(0, 0, 0, 0)', false)).toBe('light');
    expect(resolveTheme('auto', 'color(display-p3 1 1 1)', true)).toBe('dark');
  });
});

describe('opaqueLuminance', () => {
  it('measures black, white and a mid grey', () => {
    expect(opaqueLuminance('rgb(0, 0, 0)')).toBe(0);
    expect(opaqueLuminance('rgb(255, 255, 255)')).toBeCloseTo(1, 5);
    expect(opaqueLuminance('rgb(128 128 128 / 100%)')).toBeCloseTo(0.2158, 3);
  });

  it('ignores colours that are mostly transparent', () => {
    expect(opaqueLuminance('rgba(255, 255, 255, 0.2)')).toBeUndefined();
    expect(opaqueLuminance('rgb(255 255 255 / 10%)')).toBeUndefined();
    expect(opaqueLuminance('transparent')).toBeUndefined();
  });
});
