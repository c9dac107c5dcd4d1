import { boxesContain } from '@/utils/hover/rects';
import { liveRange } from '@/utils/page/live-range';
import type { MentionIndex, PageMention } from '@/utils/page/types';
import { caretAt } from '@/entrypoints/content/popover/caret';

/**
 * The mention under the point, if the point is really on its text: caret lookup snaps to the
 * nearest character, so the mention's own client rects have the last word.
 */
export function mentionAtPoint(
  doc: Document,
  index: MentionIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): PageMention | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  // Over the right half of a name's last letter the caret sits just after the name.
  const mention =
    index.mentionAt(caret.node, caret.offset) ??
    (caret.offset > 0 ? index.mentionAt(caret.node, caret.offset - 1) : undefined);
  if (!mention || !boxesContain(Array.from(liveRange(mention.range).getClientRects()), x, y)) {
    return undefined;
  }
  return mention;
}
