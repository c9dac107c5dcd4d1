/**
 * What the popover tests read from a page. Each function runs inside the page through
 * `TestPage.evaluate`, so each is self-contained (no imports, no outer variables).
 */

export interface Point {
  x: number;
  y: number;
}

/** The fixture's expectations, from its `<script type="application/json" id="nk-expected">`. */
export function readExpected(): unknown {
  return JSON.parse(document.getElementById('nk-expected')?.textContent ?? 'null');
}

/** Viewport centre of the first line of `text` inside `selector`, or null if it is not there. */
export function pointOfText(selector: string, text: string): Point | null {
  const root = document.querySelector(selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const box = range.getClientRects()[0];
    return box ? { x: box.left + Math.min(box.width / 2, 30), y: box.top + box.height / 2 } : null;
  }
  return null;
}

/** Viewport centre of an element. */
export function pointOfElement(selector: string): Point | null {
  const box = document.querySelector(selector)?.getBoundingClientRect();
  return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
}

/** The popover's visible text, or null while it is hidden. */
export function popoverText(): string | null {
  const host = document.getElementById('nk-lens-popover-host');
  if (!host?.shadowRoot || host.getBoundingClientRect().width === 0) return null;
  if (getComputedStyle(host).visibility !== 'visible') return null;
  return host.shadowRoot.textContent;
}

/** The popover's heading (the canonical name), or null while it is hidden. */
export function popoverName(): string | null {
  const host = document.getElementById('nk-lens-popover-host');
  if (!host?.shadowRoot || host.getBoundingClientRect().width === 0) return null;
  if (getComputedStyle(host).visibility !== 'visible') return null;
  return host.shadowRoot.querySelector('[role="dialog"] h2')?.textContent ?? null;
}

/** Computed styles inside the popover, to tell a styled popover from an unstyled one. */
export function popoverStyles(): Record<string, string> | null {
  const card = document
    .getElementById('nk-lens-popover-host')
    ?.shadowRoot?.querySelector('[role="dialog"]');
  const name = card?.querySelector('h2');
  if (!card || !name) return null;
  const cardStyle = getComputedStyle(card);
  const nameStyle = getComputedStyle(name);
  return {
    background: cardStyle.backgroundColor,
    color: cardStyle.color,
    borderRadius: cardStyle.borderTopLeftRadius,
    fontSize: cardStyle.fontSize,
    nameFontSize: nameStyle.fontSize,
    nameWeight: nameStyle.fontWeight,
    theme: card.getAttribute('data-theme') ?? '',
  };
}

/** Where the popover and a name are, to check that one never covers the other. */
export function popoverBox(): { left: number; top: number; right: number; bottom: number } | null {
  const card = document
    .getElementById('nk-lens-popover-host')
    ?.shadowRoot?.querySelector('[role="dialog"]');
  if (!card) return null;
  const { left, top, right, bottom } = card.getBoundingClientRect();
  return { left, top, right, bottom };
}

/** Presses Alt+Shift+N (`next`) or Alt+Shift+P (`previous`) on the focused element. */
export function pressNavigation(direction: 'next' | 'previous'): void {
  const code = direction === 'next' ? 'KeyN' : 'KeyP';
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: code.slice(3),
      code,
      altKey: true,
      shiftKey: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

/**
 * The text under the keyboard focus highlight, or null when none is painted or it reads `unlike`
 * (to wait for the focus to move on: the extension moves it asynchronously).
 */
export function focusHighlightText(unlike?: string): string | null {
  const highlight = CSS.highlights.get('nk-lens-focus');
  if (!highlight) return null;
  const text = [...highlight]
    .map((painted) => {
      const range = new Range();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return range.toString();
    })
    .join('|');
  return text === unlike ? null : text;
}

/** Every highlighted mention except the keyboard focus, in document order, as text. */
export function highlightedTexts(): string[] {
  const ranges: Range[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (name === 'nk-lens-focus') return;
    highlight.forEach((painted) => {
      // NK Lens paints static ranges: live copies can be compared and read.
      const range = new Range();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      ranges.push(range);
    });
  });
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((range) => range.toString());
}

/** Viewport centre of the popover button with this label, or null. */
export function pointOfPopoverButton(label: string): Point | null {
  const buttons = document
    .getElementById('nk-lens-popover-host')
    ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button');
  for (const button of buttons ?? []) {
    if (button.textContent?.trim() !== label) continue;
    const box = button.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

/** The popover's status line (what an action reported), or null while it is hidden. */
export function popoverStatus(): string | null {
  const status = document
    .getElementById('nk-lens-popover-host')
    ?.shadowRoot?.querySelector('[role="status"]');
  return status?.textContent ?? null;
}

/** Like `pointOfText`, for text inside the same-origin iframe `frame`, in the top viewport. */
export function pointOfTextInFrame(frame: string, selector: string, text: string): Point | null {
  const iframe = document.querySelector<HTMLIFrameElement>(frame);
  const doc = iframe?.contentDocument;
  const root = doc?.querySelector(selector);
  if (!iframe || !doc || !root) return null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const box = range.getClientRects()[0];
    const frameBox = iframe.getBoundingClientRect();
    const style = getComputedStyle(iframe);
    const x0 = frameBox.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    const y0 = frameBox.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    return box
      ? { x: x0 + box.left + Math.min(box.width / 2, 30), y: y0 + box.top + box.height / 2 }
      : null;
  }
  return null;
}

/**
 * Scrolls to the first painted mention whose text is `text` and returns a point on it (on its
 * first line, which for a name split across markup is its first part); null until it is painted.
 * Reads the registry a hostile fixture keeps aside before removing `CSS`.
 */
export function pointOfHighlighted(text: string): Point | null {
  const registry =
    (typeof CSS === 'object' && CSS !== null ? CSS.highlights : undefined) ??
    (window as unknown as { nkHighlights?: HighlightRegistry }).nkHighlights;
  if (!registry) return null;
  for (const [name, highlight] of registry) {
    if (name === 'nk-lens-focus') continue;
    for (const painted of highlight) {
      if (!painted.startContainer.isConnected) continue;
      const range = new Range();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      if (range.toString() !== text) continue;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      if (box && box.width > 0) {
        return { x: box.left + Math.min(box.width / 2, 8), y: box.top + box.height / 2 };
      }
    }
  }
  return null;
}
