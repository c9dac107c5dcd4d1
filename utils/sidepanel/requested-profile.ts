/**
 * The profile the side panel should show, as asked by the popup or the hover popover. Kept in
 * session storage so a panel opened by the request (or already open) picks it up.
 */
import { storage } from 'wxt/utils/storage';

export interface ProfileRequest {
  id: string;
  /** When it was asked for: the same profile asked twice is still a new request. */
  at: number;
}

const item = storage.defineItem<ProfileRequest | null>('session:requestedProfile', {
  fallback: null,
});

export async function requestProfile(id: string): Promise<void> {
  await item.setValue({ id, at: Date.now() });
}

export async function getRequestedProfile(): Promise<ProfileRequest | null> {
  return item.getValue();
}

export function watchRequestedProfile(listener: (request: ProfileRequest) => void): () => void {
  return item.watch((request) => {
    if (request) listener(request);
  });
}
