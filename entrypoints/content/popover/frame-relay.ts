import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { translateBox } from '@/utils/hover/rects';
import { sendMessage, type FrameEvent } from '@/utils/messaging/protocol';
import { liveRange } from '@/utils/page/live-range';
import type { MentionIndex, PageMention } from '@/utils/page/types';
import type { Settings } from '@/utils/settings/schema';
import { offsetInTopFrame } from '@/entrypoints/content/popover/frame-offset';
import { mentionAtPoint } from '@/entrypoints/content/popover/mention-at-point';
import { watchPointer } from '@/entrypoints/content/popover/pointer';

/** Tells this frame's mentions apart from the top frame's and other frames' in the popover. */
const FRAME_KEY = `frame-${Math.random().toString(36).slice(2)}:`;

/**
 * In a same-origin child frame: reports the name under the pointer (with its rects in the top
 * frame's viewport), Escape and clicks to the top frame, which shows and hides the popover.
 */
export function relayToTopFrame(
  ctx: ContentScriptContext,
  mentions: MentionIndex,
  settings: () => Settings,
): void {
  let current: string | null = null;
  let shadowRoots = mentions.shadowRoots();
  const send = (event: FrameEvent) => void sendMessage('frameEvent', event).catch(() => undefined);

  const report = (mention: PageMention | undefined) => {
    const offset = mention && offsetInTopFrame();
    const key = mention && offset ? FRAME_KEY + mention.key : null;
    if (key === current) return;
    current = key;
    if (!mention || !offset || !key) {
      send({ type: 'hover', mention: null });
      return;
    }
    const rects = Array.from(liveRange(mention.range).getClientRects(), (rect) =>
      translateBox(rect, offset.x, offset.y),
    );
    send({ type: 'hover', mention: { key, id: mention.id, category: mention.category, rects } });
  };

  watchPointer(ctx, () => undefined, {
    popover: () => undefined,
    point: (x, y) => {
      const mention = mentionAtPoint(document, mentions, x, y, shadowRoots);
      report(mention && settings().categories[mention.category] ? mention : undefined);
    },
    leave: () => report(undefined),
  });
  // The rects sent no longer match once the frame scrolls.
  ctx.addEventListener(window, 'scroll', () => report(undefined), { passive: true, capture: true });
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (event.key === 'Escape') send({ type: 'escape' });
    },
    { capture: true },
  );
  ctx.addEventListener(window, 'pointerdown', () => send({ type: 'pointerdown' }), {
    capture: true,
  });
  ctx.onInvalidated(
    mentions.onChange(() => {
      shadowRoots = mentions.shadowRoots();
    }),
  );
}
