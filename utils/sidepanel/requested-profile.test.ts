import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  getFreshRequest,
  REQUEST_FRESH_MS,
  requestProfile,
  watchRequestedProfile,
} from '@/utils/sidepanel/requested-profile';

beforeEach(() => fakeBrowser.reset());

describe('requested profile', () => {
  it('is picked up by a panel opening soon after the request, not later', async () => {
    expect(await getFreshRequest()).toBeNull();
    await requestProfile('person.kim-song');
    const request = await getFreshRequest();
    expect(request?.id).toBe('person.kim-song');
    expect(await getFreshRequest(request!.at + REQUEST_FRESH_MS)).not.toBeNull();
    expect(await getFreshRequest(request!.at + REQUEST_FRESH_MS + 1)).toBeNull();
  });

  it('reaches an open panel each time, even for the same profile twice', async () => {
    const listener = vi.fn();
    const stop = watchRequestedProfile(listener);
    await requestProfile('person.kim-song');
    await new Promise((resolve) => setTimeout(resolve, 2));
    await requestProfile('person.kim-song');
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(2));
    expect(listener.mock.calls.map(([request]) => request.id)).toEqual([
      'person.kim-song',
      'person.kim-song',
    ]);
    stop();
  });
});
