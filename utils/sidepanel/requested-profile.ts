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

/** How long a request waits for a side panel being opened to pick it up. */
export const REQUEST_FRESH_MS = 15_000;

/**
 * The request a side panel should honour as it opens: only a recent one, made to open this
 * panel; an old request was already shown, and the panel starts on "This page".
 */
export async function getFreshRequest(now = Date.now()): Promise<ProfileRequest | null> {
  const request = await item.getValue();
  return request && now - request.at <= REQUEST_FRESH_MS ? request : null;
}

export function watchRequestedProfile(listener: (request: ProfileRequest) => void): () => void {
  return item.watch((request) => {
    if (request) listener(request);
  });
}
