/** Messages to a fixture tab, sent from an extension page the way the popup and side panel send them. */
import { expect } from 'vitest';
import type { TestPage } from '@/tests/browser/harness';

/** The slice of the extension API (`browser`, else `chrome`: both return promises) the tests use. */
export interface ExtensionApi {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
}

/**
 * Sends a message in @webext-core/messaging's format from `extension` to the other tabs (the
 * extension has no `tabs` permission, so it cannot pick the fixture tab by URL); expects exactly
 * one of them to answer and returns its `res`.
 */
export async function askPage<T>(extension: TestPage, type: string, data?: unknown): Promise<T> {
  const replies = await extension.evaluate(
    async (message: { type: string; data: unknown }) => {
      const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const api = scope.browser ?? scope.chrome;
      const self = await api.tabs.getCurrent();
      const tabs = (await api.tabs.query({})).filter((tab) => tab.id !== self?.id);
      const answers = await Promise.all(
        tabs.map((tab) =>
          api.tabs
            .sendMessage(tab.id!, { id: 1, timestamp: Date.now(), ...message })
            .catch(() => undefined),
        ),
      );
      return answers.filter((answer) => answer !== undefined);
    },
    { type, data },
  );
  expect(replies).toHaveLength(1);
  return (replies[0] as { res: T }).res;
}
