/**
 * Keyboard navigation between the names on a page: Alt+Shift+N (next) and Alt+Shift+P (previous).
 * Matched on the physical key, since Alt+Shift changes the character on some layouts (macOS).
 */

export type NavigationKey = 'next' | 'previous';

export interface KeyPress {
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export function navigationKey(event: KeyPress): NavigationKey | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  if (event.code === 'KeyN') return 'next';
  if (event.code === 'KeyP') return 'previous';
  return undefined;
}

/**
 * The index to move to among `count` names in document order, wrapping at both ends. `current` is
 * the index of the name shown now, or -1 when none is; then the first (next) or last (previous).
 */
export function stepIndex(count: number, current: number, key: NavigationKey): number | undefined {
  if (count === 0) return undefined;
  if (current < 0 || current >= count) return key === 'next' ? 0 : count - 1;
  return key === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}
