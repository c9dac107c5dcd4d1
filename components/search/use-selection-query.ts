import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { restrictionOf } from '@/components/page/restricted-url';
import { sendToTab } from '@/components/page/tab-messages';

/**
 * What the reader selected on the active tab, as a search query (`selectionQuery`), asked once
 * when the popup opens; null while unknown, on pages NK Lens cannot run on, and when nothing that
 * could be a name is selected.
 */
export function useSelectionQuery(): string | null {
  const [query, setQuery] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void selectedOnActiveTab().then((selected) => {
      if (!cancelled) setQuery(selected);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return query;
}

async function selectedOnActiveTab(): Promise<string | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || restrictionOf(tab.url)) return null;
  // A page without NK Lens does not answer: then there is no query, and nothing to report.
  return sendToTab(tab.id, 'getSelectionQuery', undefined).catch(() => null);
}
