/**
 * Mentions are kept as `StaticRange`s: the browser does not have to update them on every change
 * to the page's DOM, as it does for each live `Range` in a document. Geometry (client rects,
 * following a name as the page scrolls) needs a live range, made here for the one mention in use.
 */

/** A live range over `range`, offsets clamped to the nodes' current lengths. */
export function liveRange(range: AbstractRange): Range {
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, clamp(range.startContainer, range.startOffset));
  live.setEnd(range.endContainer, clamp(range.endContainer, range.endOffset));
  return live;
}

function clamp(node: Node, offset: number): number {
  const length =
    node.nodeType === 1 || node.nodeType === 11
      ? node.childNodes.length
      : (node as CharacterData).length;
  return Math.min(offset, length);
}
