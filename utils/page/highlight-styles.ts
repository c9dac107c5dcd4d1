/**
 * The `::highlight()` rules for each highlight style. Translucent colours, so marks read on
 * light and dark pages alike without knowing the page's colour scheme.
 */
import type { Settings } from '@/utils/settings/schema';
import type { Category } from '@/utils/recognition/types';

export const HIGHLIGHT_NAMES: Record<Category, string> = {
  official: 'nk-lens-official',
  forum: 'nk-lens-forum',
  context: 'nk-lens-context',
};

/** The temporary mark on a mention the reader jumped to. */
export const FLASH_HIGHLIGHT = 'nk-lens-flash';

const COLOURS: Record<Category, string> = {
  official: '214 51 108',
  forum: '37 131 219',
  context: '128 128 128',
};

function underline(category: Category): string {
  const line = category === 'context' ? 'dotted' : 'solid';
  const thickness = category === 'context' ? '1px' : '2px';
  return [
    'text-decoration-line: underline',
    `text-decoration-style: ${line}`,
    `text-decoration-color: rgb(${COLOURS[category]} / 0.9)`,
    `text-decoration-thickness: ${thickness}`,
  ].join('; ');
}

function background(category: Category): string {
  const alpha = category === 'context' ? 0.16 : 0.24;
  return `background-color: rgb(${COLOURS[category]} / ${alpha})`;
}

/** The stylesheet text for a highlight style (`off` keeps only the jump flash). */
export function highlightCss(style: Settings['highlightStyle']): string {
  const rules = [`::highlight(${FLASH_HIGHLIGHT}) { background-color: rgb(255 196 0 / 0.55); }`];
  if (style === 'off') return rules.join('\n');
  for (const category of Object.keys(HIGHLIGHT_NAMES) as Category[]) {
    const declarations = style === 'underline' ? underline(category) : background(category);
    rules.push(`::highlight(${HIGHLIGHT_NAMES[category]}) { ${declarations}; }`);
  }
  return rules.join('\n');
}
