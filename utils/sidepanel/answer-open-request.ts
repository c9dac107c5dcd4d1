/**
 * The background's answer to a page asking for the side panel. Chrome's `sidePanel.open` counts
 * only inside the reader's click, so it is called before anything is awaited; Firefox cannot open
 * its sidebar for a page, so the reader gets a hint instead. Either way the panel is told which
 * profile to show.
 */
import type { OpenSidePanelResult } from '@/utils/messaging/protocol';
import { FIREFOX_SIDEBAR_HINT } from '@/utils/sidepanel/open-side-panel';

export interface OpenRequestDeps {
  firefox: boolean;
  openPanel(tabId: number): Promise<void>;
  requestProfile(id: string): Promise<void>;
}

export function answerOpenRequest(
  id: string,
  tabId: number | undefined,
  deps: OpenRequestDeps,
): OpenSidePanelResult | Promise<OpenSidePanelResult> {
  if (deps.firefox || tabId === undefined) {
    void deps.requestProfile(id);
    return { opened: false, hint: FIREFOX_SIDEBAR_HINT };
  }
  let opening: Promise<void>;
  try {
    opening = deps.openPanel(tabId);
  } catch (error) {
    opening = Promise.reject(error);
  }
  void deps.requestProfile(id);
  return opening.then(
    (): OpenSidePanelResult => ({ opened: true }),
    (error: unknown): OpenSidePanelResult => ({
      opened: false,
      hint: `The side panel could not be opened (${error instanceof Error ? error.message : String(error)}). Open it from the NK Lens toolbar button.`,
    }),
  );
}
