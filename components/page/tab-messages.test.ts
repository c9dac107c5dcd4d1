import { browser } from 'wxt/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendToTab } from '@/components/page/tab-messages';

afterEach(() => vi.restoreAllMocks());

const answer = (reply: unknown) =>
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((() => reply) as never);

describe('sendToTab', () => {
  it('frames the message for the content script, asks the top frame, and returns its answer', async () => {
    const send = answer(Promise.resolve({ res: true }));
    expect(await sendToTab(4, 'jumpToMention', { id: 'person.kim-song' })).toBe(true);
    const [tabId, message, options] = send.mock.calls[0]!;
    expect(tabId).toBe(4);
    expect(message).toMatchObject({ type: 'jumpToMention', data: { id: 'person.kim-song' } });
    expect(typeof (message as { timestamp: unknown }).timestamp).toBe('number');
    expect(typeof (message as { id: unknown }).id).toBe('number');
    expect(options).toEqual({ frameId: 0 });
  });

  it('rejects with the content script’s error', async () => {
    answer(Promise.resolve({ err: { message: 'boom' } }));
    await expect(sendToTab(4, 'getPageEntities', undefined)).rejects.toThrow('boom');
  });

  it('rejects when no content script answers', async () => {
    answer(Promise.reject(new Error('Could not establish connection.')));
    await expect(sendToTab(4, 'getPageEntities', undefined)).rejects.toThrow('Could not establish');
    answer(Promise.resolve(undefined));
    await expect(sendToTab(4, 'getPageEntities', undefined)).rejects.toThrow(/did not answer/);
  });
});
