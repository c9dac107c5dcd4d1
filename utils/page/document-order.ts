/**
 * The reading order of the page's containers. Whatever lies inside a shadow tree stands where its
 * host stands.
 */
import { isShadowRoot } from '@/utils/page/element-kinds';

/** `Node.DOCUMENT_POSITION_FOLLOWING`, without reaching for the page's `Node` global. */
const FOLLOWING = 4;

function placeOf(node: Node): Node {
  let place = node;
  for (let root = place.getRootNode(); isShadowRoot(root); root = place.getRootNode()) {
    place = root.host;
  }
  return place;
}

/** Whether `a` comes before `b` in the document (false for the same place). */
export function comesBefore(a: Node, b: Node): boolean {
  const placeA = placeOf(a);
  const placeB = placeOf(b);
  return placeA !== placeB && (placeA.compareDocumentPosition(placeB) & FOLLOWING) !== 0;
}
