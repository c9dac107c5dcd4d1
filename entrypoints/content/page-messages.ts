/**
 * The top frame's answers to the popup and side panel: what is on the page, "show me where",
 * what the reader selected, and a notice when the page's entities change.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type PageEntities } from '@/utils/messaging/protocol';
import type { PageLens } from '@/utils/page/page-lens';
import { publishedDate } from '@/utils/page/published-date';
import { selectionQuery } from '@/utils/search/selection-query';

/** Quiet time before the side panel hears that the page's entities changed. */
const CHANGE_NOTICE_MS = 400;
/**
 * Longest wait for the rest of a page to be read before answering; on a larger page the answer
 * lists what is read by then, and the change notice brings the rest.
 */
const READ_WAIT_MS = 2000;

export function pageEntities(lens: PageLens): PageEntities {
  const entities = [...lens.counts()]
    .map(([id, count]) => ({ id, count }))
    // Ids are ASCII slugs: a plain comparison, without loading the locale's collation rules.
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    url: location.href,
    title: document.title,
    published: publishedDate(document),
    enabled: lens.isRunning(),
    entities,
  };
}

/** Reads the whole page: the popup and side panel speak of all of it, not only what is in reach. */
function readPage(ctx: ContentScriptContext, lens: PageLens): Promise<void> {
  return new Promise((resolve) => {
    ctx.setTimeout(resolve, READ_WAIT_MS);
    void lens.readAll().then(resolve);
  });
}

export function answerPageMessages(
  ctx: ContentScriptContext,
  lens: PageLens,
  announcer: EntityAnnouncer,
): void {
  const removers = [
    onMessage('getPageEntities', async () => {
      announcer.listen();
      await readPage(ctx, lens);
      return pageEntities(lens);
    }),
    onMessage('jumpToMention', async ({ data }) => {
      await readPage(ctx, lens);
      return lens.jumpTo(data.id);
    }),
    // Answered at once, without reading the page: the popup fills its search box with it.
    onMessage('getSelectionQuery', () => selectionQuery(getSelection()?.toString() ?? '')),
  ];
  ctx.onInvalidated(() => removers.forEach((remove) => remove()));
}

export interface EntityAnnouncer {
  /** The page's entities or its switch may have changed. */
  changed(): void;
  /** Someone (the popup, the side panel) asked what is on the page: tell them of changes from now on. */
  listen(): void;
}

/**
 * Sends `pageEntitiesChanged` once the page settles after a change, only when the answer differs,
 * and only once the popup or side panel has asked about this page: a page nobody looks at sends
 * no message.
 */
export function announceEntityChanges(ctx: ContentScriptContext, lens: PageLens): EntityAnnouncer {
  let listening = false;
  let last = '';
  let timer: number | undefined;
  const send = (): void => {
    timer = undefined;
    const entities = pageEntities(lens);
    const signature = JSON.stringify([entities.url, entities.enabled, entities.entities]);
    if (signature === last) return;
    last = signature;
    // The side panel may have closed since: that is not an error.
    sendMessage('pageEntitiesChanged', entities).catch(() => undefined);
  };
  const changed = (): void => {
    if (!listening) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(send, CHANGE_NOTICE_MS);
  };
  const stop = lens.index.onChange(changed);
  ctx.onInvalidated(stop);
  return {
    changed,
    listen() {
      listening = true;
    },
  };
}
