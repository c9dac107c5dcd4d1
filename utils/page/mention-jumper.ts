/**
 * "Show me where": scrolls to the next mention of an entity, cycling through them in document
 * order, and flashes it for a moment.
 */
import type { HighlightPainter } from '@/utils/page/highlight-painter';
import type { MentionIndex } from '@/utils/page/types';

export const FLASH_MS = 1500;

export interface MentionJumper {
  jumpTo(id: string): boolean;
}

export function createMentionJumper(
  host: { setTimeout(handler: () => void, timeout?: number): number },
  index: MentionIndex,
  painter: Pick<HighlightPainter, 'flash' | 'unflash'>,
): MentionJumper {
  const cursors = new Map<string, number>();
  let flashTimer: number | undefined;

  return {
    jumpTo(id) {
      const targets = index.mentions().filter((m) => m.id === id && !m.range.collapsed);
      if (targets.length === 0) return false;
      const next = ((cursors.get(id) ?? -1) + 1) % targets.length;
      cursors.set(id, next);
      const target = targets[next];
      if (target === undefined) return false;
      target.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      painter.flash(target.range);
      if (flashTimer !== undefined) clearTimeout(flashTimer);
      flashTimer = host.setTimeout(() => {
        flashTimer = undefined;
        painter.unflash();
      }, FLASH_MS);
      return true;
    },
  };
}
