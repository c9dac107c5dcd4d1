/**
 * Where this frame's viewport sits in the top frame's viewport: the sum of the offsets of every
 * <iframe> content box up the chain. Undefined when an ancestor is cross-origin (out of reach).
 */
export function offsetInTopFrame(): { x: number; y: number } | undefined {
  let x = 0;
  let y = 0;
  let current: Window = window;
  while (current !== current.top) {
    let frame: Element | null;
    try {
      frame = current.frameElement;
    } catch {
      return undefined;
    }
    if (!frame) return undefined;
    const box = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    x += box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
    y += box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    current = current.parent;
  }
  return { x, y };
}
