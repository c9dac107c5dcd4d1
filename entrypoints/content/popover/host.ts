import { POPOVER_CSS } from '@/components/popover/popover-styles';

export const POPOVER_HOST_ID = 'nk-lens-popover-host';

/** The element the extension adds to the page to hold the popover, and the shadow root inside it. */
export interface PopoverHost {
  element: HTMLElement;
  root: ShadowRoot;
  /** Where the Preact tree renders, inside the open shadow root. */
  mountPoint: HTMLElement;
  setVisible(visible: boolean): void;
  /** Places the host at viewport coordinates. */
  place(x: number, y: number): void;
  /** Caps the popover's height to the room beside its name, so it never covers the name. */
  limitHeight(px: number): void;
  remove(): void;
}

/**
 * Creates the host: `all: initial` and fixed at the top of the stacking order, set inline with
 * `!important` so that no page rule (however specific or important) restyles or hides it; the
 * popover's own styles come from a constructable stylesheet, which no page CSP can block.
 */
export function createPopoverHost(): PopoverHost {
  const element = document.createElement('div');
  element.id = POPOVER_HOST_ID;
  element.setAttribute('data-nk-lens-ui', '');
  pin(element, {
    all: 'initial',
    position: 'fixed',
    'z-index': '2147483647',
    display: 'none',
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
  return {
    element,
    root,
    mountPoint,
    setVisible(visible) {
      // Pages that replace their whole body or document element remove the host with it.
      if (visible) attach();
      pin(element, { display: visible ? 'block' : 'none' });
    },
    place(x, y) {
      pin(element, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` });
    },
    limitHeight(px) {
      pin(element, { '--nk-lens-max-height': `${Math.max(0, Math.floor(px))}px` });
    },
    remove: () => element.remove(),
  };
}

function pin(element: HTMLElement, properties: Record<string, string>): void {
  for (const [name, value] of Object.entries(properties)) {
    element.style.setProperty(name, value, 'important');
  }
}
