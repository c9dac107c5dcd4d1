/** A trie over matching units: every alias of every entity, compiled once. */

/** How punctuation units begin (see `punctuationUnit`). */
export const PUNCTUATION_UNIT = '|';

export interface TrieNode {
  /**
   * Children by unit. A node with one child, as most inner nodes of a name are, keeps it in
   * `unit` and `only`; `next` is created at the second child and then holds them all.
   */
  unit: string | undefined;
  only: TrieNode | undefined;
  next: Map<string, TrieNode> | undefined;
  /** Index of the entity this path spells, or -1. The first entity to claim a path keeps it. */
  entity: number;
  /** Whether some child is a punctuation unit: only then can a name go on across punctuation. */
  punctuated: boolean;
}

export function createNode(): TrieNode {
  return { unit: undefined, only: undefined, next: undefined, entity: -1, punctuated: false };
}

export function child(node: TrieNode, unit: string): TrieNode | undefined {
  if (node.only !== undefined) return node.unit === unit ? node.only : undefined;
  return node.next?.get(unit);
}

function addChild(node: TrieNode, unit: string): TrieNode {
  const added = createNode();
  if (unit.startsWith(PUNCTUATION_UNIT)) node.punctuated = true;
  if (node.next) {
    node.next.set(unit, added);
  } else if (node.only) {
    node.next = new Map([
      [node.unit!, node.only],
      [unit, added],
    ]);
    node.unit = undefined;
    node.only = undefined;
  } else {
    node.unit = unit;
    node.only = added;
  }
  return added;
}

/**
 * The node reached from `node` by `units` (joined by spaces, as readings are stored), created as
 * needed.
 */
export function descend(node: TrieNode, units: string): TrieNode {
  let reached = node;
  for (let start = 0; ;) {
    const space = units.indexOf(' ', start);
    const unit = space === -1 ? units.slice(start) : units.slice(start, space);
    reached = child(reached, unit) ?? addChild(reached, unit);
    if (space === -1) return reached;
    start = space + 1;
  }
}

/** Marks `node` as the end of a spelling of `entity`, unless an earlier entity claimed it. */
export function claim(node: TrieNode, entity: number): void {
  if (node.entity === -1) node.entity = entity;
}
