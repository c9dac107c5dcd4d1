import { describe, expect, it } from 'vitest';
import { navigationKey, stepIndex } from '@/utils/hover/shortcut';

const press = (
  code: string,
  mods: Partial<Record<'alt' | 'shift' | 'ctrl' | 'meta', boolean>>,
) => ({
  code,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
});

describe('navigationKey', () => {
  it('maps Alt+Shift+N and Alt+Shift+P', () => {
    expect(navigationKey(press('KeyN', { alt: true, shift: true }))).toBe('next');
    expect(navigationKey(press('KeyP', { alt: true, shift: true }))).toBe('previous');
  });

  it('ignores other chords and keys', () => {
    expect(navigationKey(press('KeyN', { alt: true }))).toBeUndefined();
    expect(navigationKey(press('KeyN', { shift: true }))).toBeUndefined();
    expect(navigationKey(press('KeyN', { alt: true, shift: true, ctrl: true }))).toBeUndefined();
    expect(navigationKey(press('KeyP', { alt: true, shift: true, meta: true }))).toBeUndefined();
    expect(navigationKey(press('KeyL', { alt: true, shift: true }))).toBeUndefined();
  });
});

describe('stepIndex', () => {
  it('starts at the first or last name when none is shown', () => {
    expect(stepIndex(4, -1, 'next')).toBe(0);
    expect(stepIndex(4, -1, 'previous')).toBe(3);
  });

  it('moves one name and wraps at both ends', () => {
    expect(stepIndex(4, 1, 'next')).toBe(2);
    expect(stepIndex(4, 3, 'next')).toBe(0);
    expect(stepIndex(4, 0, 'previous')).toBe(3);
  });

  it('restarts when the current index is out of range and has nowhere to go on an empty page', () => {
    expect(stepIndex(2, 5, 'next')).toBe(0);
    expect(stepIndex(0, -1, 'next')).toBeUndefined();
  });
});
