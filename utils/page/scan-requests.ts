/**
 * Which containers a batch of DOM mutations asks to rescan: the block around changed text or
 * changed children (shallow), every block element added (deep), and the whole block around an
 * element that was hidden, shown or made editable (forgotten, then rescanned deep). Changes
 * inside editors, hidden subtrees and the extension's own UI ask for nothing.
 */
import { isInline, isShadowRoot, isSkipped, UI_HOST_ATTRIBUTE } from '@/utils/page/element-kinds';
import type { Container } from '@/utils/page/text-runs';

export interface ScanRequest {
  container: Container;
  deep: boolean;
  /** Forget every mention inside the container before scanning it again. */
  forget: boolean;
}

/** Attributes that decide whether a subtree is scanned at all (see `isSkipped`). */
export const SKIP_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable'];

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
  const requests = new Map<Container, { deep: boolean; forget: boolean }>();
  const request = (container: Container | null, deep: boolean, forget = false): void => {
    if (container === null) return;
    const known = requests.get(container);
    requests.set(container, {
      deep: deep || known?.deep === true,
      forget: forget || known?.forget === true,
    });
  };
  for (const record of records) {
    if (record.type === 'attributes') {
      const element = record.target as Element;
      const parent = element.parentNode;
      const ownUi = element.closest(`[${UI_HOST_ATTRIBUTE}]`) !== null;
      if (parent !== null && !ownUi) request(containerOf(parent), true, true);
      continue;
    }
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
  return [...requests].map(([container, flags]) => ({ container, ...flags }));
}
