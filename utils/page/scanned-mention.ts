/**
 * A mention as the page scanner records it: where it starts and ends in the page's text nodes.
 * Its `StaticRange` is made the first time something asks for it (the highlight of a block near
 * the viewport, the popover, a jump): on a long page most mentions are never painted, and making
 * ten thousand ranges up front costs more than reading the page.
 */
import type { TextPiece } from '@/utils/page/text-runs';
import type { PageMention } from '@/utils/page/types';
import type { Category } from '@/utils/recognition/types';

export class ScannedMention implements PageMention {
  private made: StaticRange | undefined;

  constructor(
    readonly key: string,
    readonly id: string,
    readonly category: Category,
    readonly backref: boolean,
    readonly text: string,
    readonly block: Element,
    private readonly first: TextPiece,
    private readonly last: TextPiece,
  ) {}

  /** The same range object every time: highlights add and delete it by identity. */
  get range(): StaticRange {
    this.made ??= new StaticRange({
      startContainer: this.first.node,
      startOffset: this.first.start,
      endContainer: this.last.node,
      endOffset: this.last.end,
    });
    return this.made;
  }
}
