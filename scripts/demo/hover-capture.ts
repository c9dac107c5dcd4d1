/**
 * The headless demo's two pictures: the page as the reader sees it, then the hover popover over
 * the first highlighted name. Each step fails with a sentence saying what did not happen.
 */
import type { TestPage } from '@/tests/browser/session';

export interface MentionTarget {
  text: string;
  x: number;
  y: number;
}

/**
 * The first mention NK Lens highlighted (an official if any, else any category), scrolled to the
 * middle of the viewport, with the centre of its first line box. Null while nothing is marked.
 */
function firstHighlightedMention(): MentionTarget | null {
  // NK Lens paints static ranges: live copies can be compared, measured and read.
  const ranges = (name: string): Range[] =>
    [...(CSS.highlights.get(name) ?? [])].map((painted) => {
      const range = new Range();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      return range;
    });
  const names = [...CSS.highlights.keys()].filter(
    (name) => name.startsWith('nk-lens-') && ranges(name).length > 0,
  );
  const preferred = names.includes('nk-lens-official') ? ['nk-lens-official'] : names;
  const candidates = preferred.flatMap(ranges).filter((range) => !range.collapsed);
  candidates.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const first = candidates[0];
  if (!first) return null;
  const element =
    first.startContainer instanceof Element
      ? first.startContainer
      : first.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center' });
  const box = first.getClientRects()[0];
  if (!box) return null;
  return { text: first.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Text of the visible NK Lens popover (an extension UI element with an open shadow root). */
function visiblePopoverText(): string | null {
  for (const host of document.querySelectorAll<HTMLElement>('[data-nk-lens-ui]')) {
    const box = host.getBoundingClientRect();
    const shadowText = host.shadowRoot?.textContent?.trim() ?? '';
    const shown = getComputedStyle(host).visibility === 'visible';
    const inner = host.shadowRoot?.firstElementChild?.getBoundingClientRect();
    if (shown && shadowText !== '' && (box.height > 0 || (inner && inner.height > 0))) {
      return shadowText;
    }
  }
  return null;
}

export class DemoStepError extends Error {}

/** The first line of a driver error, which says whether it timed out or the page threw. */
function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

export async function findMention(page: TestPage): Promise<MentionTarget> {
  try {
    return await page.waitForFunction(firstHighlightedMention);
  } catch (error) {
    throw new DemoStepError(
      'No highlighted name on the demo page: the content script did not mark any mention ' +
        `(no nk-lens-* ranges in CSS.highlights: ${reason(error)}).`,
    );
  }
}

export async function hoverForPopover(page: TestPage, target: MentionTarget): Promise<string> {
  // Arrive from just above, as a reader's pointer does, then rest on the name past the dwell.
  await page.mouseMove(target.x, target.y - 30);
  await page.mouseMove(target.x, target.y);
  try {
    return await page.waitForFunction(visiblePopoverText);
  } catch (error) {
    throw new DemoStepError(
      `No popover appeared while the pointer rested on "${target.text}" (${reason(error)}).`,
    );
  }
}
