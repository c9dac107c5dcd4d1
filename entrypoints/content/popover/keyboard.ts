import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { navigationKey, type NavigationKey } from '@/utils/hover/shortcut';

export interface KeyboardHandlers {
  /** Alt+Shift+N / Alt+Shift+P outside editable fields. */
  navigate(key: NavigationKey): void;
  /** Escape; returns whether the popover was open (and the key therefore used). */
  escape(): boolean;
}

/** Listens for the popover's keys in the capture phase, before page handlers can swallow them. */
export function watchKeys(ctx: ContentScriptContext, handlers: KeyboardHandlers): void {
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        if (handlers.escape()) event.stopPropagation();
        return;
      }
      const key = navigationKey(event);
      if (key === undefined || isEditable(event.composedPath()[0])) return;
      event.preventDefault();
      event.stopPropagation();
      handlers.navigate(key);
    },
    { capture: true },
  );
}

/** Typing in a field must stay typing: Alt+Shift+letter enters characters on some layouts. */
function isEditable(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio'].includes(target.type))
  );
}
