// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { rangeAnchor } from '@/entrypoints/content/popover/anchor';

/** A mention's range over `text` (any AbstractRange will do: here a Range, made before counting). */
function mentionIn(text: string, start: number, end: number): AbstractRange {
  document.body.innerHTML = `<p>${text}</p>`;
  const node = document.body.firstElementChild!.firstChild!;
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

describe('rangeAnchor', () => {
  it('makes no live range until it is placed, then one for all placements', () => {
    const mention = mentionIn('Choe Son Hui spoke.', 0, 12);
    const createRange = vi.spyOn(document, 'createRange');
    const anchor = rangeAnchor(mention);
    expect(createRange).not.toHaveBeenCalled();
    expect(anchor.contextElement).toBe(document.body.firstElementChild);
    anchor.getClientRects();
    anchor.getClientRects();
    expect(createRange).toHaveBeenCalledTimes(1);
    createRange.mockRestore();
  });
});
