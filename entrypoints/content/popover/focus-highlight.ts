/**
 * The extra highlight (`nk-lens-focus`) on the mention chosen with the keyboard, painted with the
 * CSS Custom Highlight API like every other mention: the page's DOM is never touched.
 */
export const FOCUS_HIGHLIGHT = 'nk-lens-focus';

const FOCUS_CSS = `::highlight(${FOCUS_HIGHLIGHT}) { background-color: #ffd54a; color: #111111; }`;

const styled = new WeakSet<Document | ShadowRoot>();

export function paintFocus(range: AbstractRange | undefined): void {
  const registry = globalThis.CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return;
  if (!range) {
    registry.delete(FOCUS_HIGHLIGHT);
    return;
  }
  const root = range.startContainer.getRootNode();
  if (root instanceof Document || root instanceof ShadowRoot) adoptFocusStyle(root);
  registry.set(FOCUS_HIGHLIGHT, new Highlight(range));
}

/** `::highlight()` rules apply inside the tree that holds them: add one to each tree painted in. */
function adoptFocusStyle(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(FOCUS_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  styled.add(root);
}
