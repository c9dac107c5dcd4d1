/**
 * How the page scanner treats each element: inline markup that continues a run of text,
 * elements whose content is never scanned, and everything else (a block: it ends a run).
 * Decided from tag names and attributes only, so classifying a node never forces a style
 * recalculation.
 */

/** Marks the extension's own UI hosts (the hover popover). */
export const UI_HOST_ATTRIBUTE = 'data-nk-lens-ui';

/** Phrasing elements that keep their text in the surrounding run: `<a>Choe</a> Son Hui`. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'NOBR',
  'Q',
  'RB',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

/** Elements whose content is not prose a reader reads, or that the reader is editing. */
const SKIPPED_TAGS = new Set([
  'HEAD',
  'TITLE',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'SLOT',
  'RP',
  'RT',
]);

const DISPLAY = /display/i;

/** `tag`: the element's tag name in upper case, when the caller has it already. */
export function isInline(element: Element, tag = element.tagName.toUpperCase()): boolean {
  return INLINE_TAGS.has(tag);
}

/**
 * Whether an element with this (upper-case) tag may have a shadow root: every element that is not
 * inline markup, and SPAN, the one inline element `attachShadow` accepts.
 */
export function mayHostShadow(tag: string): boolean {
  return tag === 'SPAN' || !INLINE_TAGS.has(tag);
}

/**
 * True when neither this element nor anything inside it may be scanned: editors, hidden
 * subtrees, non-prose elements and the extension's own UI.
 */
export function isSkipped(element: Element, tag = element.tagName.toUpperCase()): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements of an article carry no attribute that matters here: answer without reading any.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute(UI_HOST_ATTRIBUTE) || element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  // The style object is costly to create: only for a style attribute that mentions display.
  const inline = element.getAttribute('style');
  if (inline === null || !DISPLAY.test(inline)) return false;
  const style = (element as Partial<HTMLElement>).style;
  return style !== undefined && style.display === 'none';
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}
