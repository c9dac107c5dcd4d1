/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per category in the page
 * document's `CSS.highlights`, styled by a constructable stylesheet appended to the document's
 * (and each scanned shadow root's) `adoptedStyleSheets`. The page's DOM is never touched. Only
 * the mentions of blocks in or near the viewport are registered (see `viewport-window.ts`).
 */
import { FLASH_HIGHLIGHT, HIGHLIGHT_NAMES, highlightCss } from '@/utils/page/highlight-styles';
import type { PageMention } from '@/utils/page/types';
import type { Category } from '@/utils/recognition/types';
import type { Settings } from '@/utils/settings/schema';
import { createViewportWindow } from '@/utils/page/viewport-window';

export interface HighlightPainter {
  update(removed: readonly PageMention[], added: readonly PageMention[]): void;
  /** Registers the highlights the settings ask for and restyles them. */
  apply(style: Settings['highlightStyle'], categories: Settings['categories']): void;
  /** Also styles highlights inside an open shadow root. */
  adopt(root: ShadowRoot): void;
  /** Marks `range` until `unflash` is called. */
  flash(range: AbstractRange): void;
  unflash(): void;
  /** Removes every range, highlight and stylesheet. */
  clear(): void;
}

type StyleRoot = Document | ShadowRoot;

export function createHighlightPainter(doc: Document): HighlightPainter {
  const registry = highlightRegistry();
  if (registry === undefined) return inertPainter();

  const highlights = {} as Record<Category, Highlight>;
  for (const category of Object.keys(HIGHLIGHT_NAMES) as Category[]) {
    highlights[category] = new Highlight();
  }
  const flash = new Highlight();
  flash.priority = 1;
  const sheet = new CSSStyleSheet();
  const roots = new Set<StyleRoot>([doc]);
  const byBlock = new Map<Element, Set<PageMention>>();
  const viewport = createViewportWindow((block, near) => {
    for (const mention of byBlock.get(block) ?? []) {
      if (near) highlights[mention.category].add(mention.range);
      else highlights[mention.category].delete(mention.range);
    }
  });

  const adoptInto = (root: StyleRoot): void => {
    try {
      if (!root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    } catch (error) {
      console.warn('NK Lens: could not add the highlight styles', error);
    }
  };

  return {
    update(removed, added) {
      for (const mention of removed) {
        highlights[mention.category].delete(mention.range);
        const mentions = byBlock.get(mention.block);
        mentions?.delete(mention);
        if (mentions?.size === 0) {
          byBlock.delete(mention.block);
          viewport.unobserve(mention.block);
        }
      }
      // Blocks seen for the first time are watched once all their mentions are in: how many they
      // hold decides how they are watched.
      const arrived = new Set<Element>();
      for (const mention of added) {
        let mentions = byBlock.get(mention.block);
        if (mentions === undefined) {
          mentions = new Set();
          byBlock.set(mention.block, mentions);
          arrived.add(mention.block);
        }
        mentions.add(mention);
        if (!arrived.has(mention.block) && viewport.isNear(mention.block)) {
          highlights[mention.category].add(mention.range);
        }
      }
      for (const block of arrived) {
        const mentions = byBlock.get(block)!;
        viewport.observe(block, mentions.size);
        if (!viewport.isNear(block)) continue;
        for (const mention of mentions) highlights[mention.category].add(mention.range);
      }
    },

    apply(style, categories) {
      sheet.replaceSync(highlightCss(style));
      for (const root of roots) adoptInto(root);
      for (const category of Object.keys(HIGHLIGHT_NAMES) as Category[]) {
        const name = HIGHLIGHT_NAMES[category];
        if (style !== 'off' && categories[category]) registry.set(name, highlights[category]);
        else if (registry.get(name) === highlights[category]) registry.delete(name);
      }
      registry.set(FLASH_HIGHLIGHT, flash);
    },

    adopt(root) {
      roots.add(root);
      adoptInto(root);
    },

    flash(range) {
      flash.clear();
      flash.add(range);
    },

    unflash() {
      flash.clear();
    },

    clear() {
      viewport.disconnect();
      byBlock.clear();
      for (const category of Object.keys(HIGHLIGHT_NAMES) as Category[]) {
        highlights[category].clear();
        if (registry.get(HIGHLIGHT_NAMES[category]) === highlights[category]) {
          registry.delete(HIGHLIGHT_NAMES[category]);
        }
      }
      flash.clear();
      if (registry.get(FLASH_HIGHLIGHT) === flash) registry.delete(FLASH_HIGHLIGHT);
      for (const root of roots) {
        try {
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((item) => item !== sheet);
        } catch {
          // The page made the list unwritable: the rules match nothing once the highlights are gone.
        }
      }
      roots.clear();
      roots.add(doc);
    },
  };
}

/** The highlight registry, or undefined where the browser lacks the Custom Highlight API. */
function highlightRegistry(): HighlightRegistry | undefined {
  if (typeof CSS === 'undefined' || typeof Highlight !== 'function') return undefined;
  return CSS.highlights;
}

function inertPainter(): HighlightPainter {
  const nothing = (): void => undefined;
  return {
    update: nothing,
    apply: nothing,
    adopt: nothing,
    flash: nothing,
    unflash: nothing,
    clear: nothing,
  };
}
