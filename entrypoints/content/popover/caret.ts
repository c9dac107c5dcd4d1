/** The text position under a viewport point, the way the browser would place a caret there. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

/**
 * `caretPositionFromPoint` (standard; told about the open shadow roots that hold mentions so it
 * looks inside them), falling back to `caretRangeFromPoint` for older Chromium.
 */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): CaretPoint | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}
