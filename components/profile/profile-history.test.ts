import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  canGoForward,
  currentProfile,
  EMPTY_HISTORY,
  goBack,
  goForward,
  openProfile,
} from '@/components/profile/profile-history';

describe('profile history', () => {
  it('starts empty, with nowhere to go', () => {
    expect(currentProfile(EMPTY_HISTORY)).toBeUndefined();
    expect(canGoBack(EMPTY_HISTORY)).toBe(false);
    expect(canGoForward(EMPTY_HISTORY)).toBe(false);
    expect(goBack(EMPTY_HISTORY)).toBe(EMPTY_HISTORY);
  });

  it('goes back and forward through opened profiles', () => {
    const h = openProfile(openProfile(openProfile(EMPTY_HISTORY, 'a'), 'b'), 'c');
    expect(currentProfile(h)).toBe('c');
    const back = goBack(goBack(h));
    expect(currentProfile(back)).toBe('a');
    expect(canGoBack(back)).toBe(false);
    expect(currentProfile(goForward(back))).toBe('b');
    expect(goForward(h)).toBe(h);
  });

  it('drops the forward entries when a new profile is opened after going back', () => {
    const h = openProfile(goBack(openProfile(openProfile(EMPTY_HISTORY, 'a'), 'b')), 'c');
    expect(h.entries).toEqual(['a', 'c']);
    expect(canGoForward(h)).toBe(false);
  });

  it('ignores opening the profile already shown', () => {
    const h = openProfile(EMPTY_HISTORY, 'a');
    expect(openProfile(h, 'a')).toBe(h);
  });
});
