import { POPOVER_CSS } from '@/components/popover/popover-styles';
import type { Size } from '@/utils/hover/placement';

export const POPOVER_HOST_ID = 'nk-lens-popover-host';

/** The element the extension adds to the page to hold the popover, and the shadow root inside it. */
export interface PopoverHost {
  element: HTMLElement;
  root: ShadowRoot;
  /** Where the Preact tree renders, inside the open shadow root. */
  mountPoint: HTMLElement;
  setVisible(visible: boolean): void;
  /** The card's width and its full height, as if no height cap applied. */
  measure(): Size;
  /** Places the host at viewport coordinates. */
  place(x: number, y: number): void;
  /**
   * Caps the popover's height to the room beside its name, so it never covers the name; `null`
   * when it fits without a cap. Only a changed cap restyles the card.
   */
  limitHeight(px: number | null): void;
  remove(): void;
}

/**
 * Creates the host: `all: initial` and fixed at the top of the stacking order, set inline with
 * `!important` so that no page rule (however specific or important) restyles or hides it; the
 * popover's own styles come from a constructable stylesheet, which no page CSP can block.
 *
 * The host always has a box, in a compositing layer of its own, and is shown and hidden with
 * `visibility` only: turning `display` on adds a paint layer to the page, which makes the browser
 * walk the whole page's layer tree (≈ 6 ms on a 1 MB page) in the frame that shows the card.
 */
export function createPopoverHost(): PopoverHost {
  const element = document.createElement('div');
  element.id = POPOVER_HOST_ID;
  element.setAttribute('data-nk-lens-ui', '');
  pin(element, {
    all: 'initial',
    position: 'fixed',
    'z-index': '2147483647',
    display: 'block',
    visibility: 'hidden',
    contain: 'layout style',
    'will-change': 'transform',
    left: '0px',
    top: '0px',
  });
  const root = element.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(POPOVER_CSS);
  root.adoptedStyleSheets = [sheet];
  const mountPoint = document.createElement('div');
  root.append(mountPoint);

  const attach = () => {
    if (!element.isConnected) document.documentElement.append(element);
  };
  attach();
  let cap: string | undefined;
  let position: string | undefined;
  return {
    element,
    root,
    mountPoint,
    setVisible(visible) {
      // Pages that replace their whole body or document element remove the host with it.
      if (visible) attach();
      pin(element, { visibility: visible ? 'visible' : 'hidden' });
    },
    measure() {
      const card = mountPoint.firstElementChild;
      if (!card) return { width: 0, height: 0 };
      const { width, height } = card.getBoundingClientRect();
      return { width, height: height + card.scrollHeight - card.clientHeight };
    },
    place(x, y) {
      // Moved by its transform, which needs no layout (left and top would).
      const value = `${Math.round(x)}px ${Math.round(y)}px`;
      if (value === position) return;
      position = value;
      pin(element, { translate: value });
    },
    limitHeight(px) {
      const value = px === null ? 'none' : `${Math.max(0, Math.floor(px))}px`;
      if (value === cap) return;
      cap = value;
      pin(element, { '--nk-lens-max-height': value });
    },
    remove: () => element.remove(),
  };
}

function pin(element: HTMLElement, properties: Record<string, string>): void {
  for (const [name, value] of Object.entries(properties)) {
    element.style.setProperty(name, value, 'important');
  }
}
