/**
 * Which containers a batch of DOM mutations asks to rescan: the block around changed text or
 * changed children (shallow), and every block element added (deep). Changes inside editors,
 * hidden subtrees and the extension's own UI ask for nothing.
 */
import { isInline, isShadowRoot, isSkipped } from '@/utils/page/element-kinds';
import type { Container } from '@/utils/page/text-runs';

export interface ScanRequest {
  container: Container;
  deep: boolean;
}

/** The nearest container of `node`, or null when it lies in a skipped subtree or outside the document. */
export function containerOf(node: Node): Container | null {
  let container: Container | null = null;
  for (let current: Node | null = node; current !== null; current = current.parentNode) {
    if (isShadowRoot(current)) return container ?? current;
    if (current.nodeType === 9) return container;
    if (current.nodeType !== 1) continue;
    const element = current as Element;
    if (isSkipped(element)) return null;
    if (container === null && (!isInline(element) || element.shadowRoot !== null)) {
      container = element;
    }
  }
  return null;
}

export function scanRequests(records: readonly MutationRecord[]): ScanRequest[] {
  const requests = new Map<Container, boolean>();
  const request = (container: Container | null, deep: boolean): void => {
    if (container !== null) requests.set(container, deep || requests.get(container) === true);
  };
  for (const record of records) {
    const container = containerOf(record.target);
    if (container === null) continue;
    request(container, false);
    if (record.type !== 'childList') continue;
    for (const added of record.addedNodes) {
      if (added.nodeType !== 1) continue;
      const element = added as Element;
      if (!isInline(element) && !isSkipped(element)) request(element, true);
    }
  }
  return [...requests].map(([container, deep]) => ({ container, deep }));
}
