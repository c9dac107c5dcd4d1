import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging/protocol';
import { loadActivePage, type ActivePage } from '@/components/page/active-page';

/**
 * The active tab's entities. With `follow`, keeps up as the reader switches tabs, the tab
 * navigates, or its content script reports that the page changed (the side panel stays open).
 */
export function useActivePage(follow: boolean): [ActivePage, () => void] {
  const [state, setState] = useState<ActivePage>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = () => setGeneration((n) => n + 1);

  useEffect(() => {
    let cancelled = false;
    void loadActivePage().then((next) => {
      if (!cancelled) setState(next);
    });
    return () => {
      cancelled = true;
    };
  }, [generation]);

  useEffect(() => {
    if (!follow) return;
    const onActivated = () => reload();
    const onUpdated = (_tabId: number, change: { status?: string }) => {
      if (change.status === 'complete') reload();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    const stopListening = onMessage('pageEntitiesChanged', ({ data, sender }) => {
      setState((current) =>
        current.status !== 'loading' &&
        current.tabId !== undefined &&
        sender.tab?.id === current.tabId &&
        !sender.frameId
          ? { status: 'ready', tabId: current.tabId, page: data }
          : current,
      );
    });
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      stopListening();
    };
  }, [follow]);

  return [state, reload];
}
