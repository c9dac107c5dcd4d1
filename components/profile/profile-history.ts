/** Back / forward through the profiles opened in the side panel, like a browser's history. */
export interface ProfileHistory {
  entries: string[];
  /** Index of the current entry; -1 when empty. */
  position: number;
}

export const EMPTY_HISTORY: ProfileHistory = { entries: [], position: -1 };

export function currentProfile(history: ProfileHistory): string | undefined {
  return history.entries[history.position];
}

/** Opens `id`: forward entries are dropped; opening the current profile again changes nothing. */
export function openProfile(history: ProfileHistory, id: string): ProfileHistory {
  if (currentProfile(history) === id) return history;
  const entries = [...history.entries.slice(0, history.position + 1), id];
  return { entries, position: entries.length - 1 };
}

export function canGoBack(history: ProfileHistory): boolean {
  return history.position > 0;
}

export function canGoForward(history: ProfileHistory): boolean {
  return history.position < history.entries.length - 1;
}

export function goBack(history: ProfileHistory): ProfileHistory {
  return canGoBack(history) ? { ...history, position: history.position - 1 } : history;
}

export function goForward(history: ProfileHistory): ProfileHistory {
  return canGoForward(history) ? { ...history, position: history.position + 1 } : history;
}
