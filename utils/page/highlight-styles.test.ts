import { describe, expect, it } from 'vitest';
import { FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, highlightCss } from '@/utils/page/highlight-styles';

describe('highlightCss', () => {
  it('styles every category with an underline or a translucent background', () => {
    const underline = highlightCss('underline');
    const background = highlightCss('background');
    for (const name of Object.values(HIGHLIGHT_NAMES)) {
      expect(underline).toMatch(
        new RegExp(`::highlight\\(${name}\\) \\{[^}]*text-decoration-line: underline`),
      );
      expect(background).toMatch(
        new RegExp(`::highlight\\(${name}\\) \\{[^}]*background-color: rgb\\([\\d ]+/ 0\\.\\d+\\)`),
      );
    }
  });

  it('keeps only the jump flash when highlights are off', () => {
    const off = highlightCss('off');
    expect(off).toContain(`::highlight(${FLASH_HIGHLIGHT})`);
    for (const name of Object.values(HIGHLIGHT_NAMES)) expect(off).not.toContain(name);
  });
});
