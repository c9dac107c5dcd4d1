/**
 * Calls `onResize` when one of `elements` changes size after it is first observed. A
 * ResizeObserver also reports every element once when it starts observing; that first report is
 * skipped, since the popover has just been placed with those very sizes.
 */
export function watchResize(
  elements: readonly (Element | undefined)[],
  onResize: () => void,
): () => void {
  if (typeof ResizeObserver !== 'function') return () => undefined;
  const reported = new WeakSet<Element>();
  const observer = new ResizeObserver((entries) => {
    let resized = false;
    for (const { target } of entries) {
      if (reported.has(target)) resized = true;
      else reported.add(target);
    }
    if (resized) onResize();
  });
  for (const element of elements) if (element) observer.observe(element);
  return () => observer.disconnect();
}
