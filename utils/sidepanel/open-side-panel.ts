/**
 * Opening the side panel, per browser. Both browsers only open it during a user gesture, so these
 * must be called synchronously from the click (or from the message the click sent), before any await.
 */
import { browser } from 'wxt/browser';

/** What Firefox readers are told, since a page click cannot open its sidebar. */
export const FIREFOX_SIDEBAR_HINT =
  'In Firefox, open the sidebar with Alt+Shift+L or View → Sidebar → NK Lens.';

interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/** Chrome: opens the panel in the given tab. Returns the browser's promise (rejects outside a gesture). */
export function openChromeSidePanel(tabId: number): Promise<void> {
  return browser.sidePanel.open({ tabId });
}

/** Firefox: opens the sidebar; works only from a click in the extension's own pages (the popup). */
export function openFirefoxSidebar(): Promise<void> {
  return (browser as unknown as { sidebarAction: FirefoxSidebarAction }).sidebarAction.open();
}
