/** A trie over matching units: every alias of every entity, compiled once. */

export interface TrieNode {
  next: Map<string, TrieNode>;
  /** Index of the entity this path spells, or -1. The first entity to claim a path keeps it. */
  entity: number;
}

export function createNode(): TrieNode {
  return { next: new Map(), entity: -1 };
}

export function insert(root: TrieNode, units: readonly string[], entity: number): void {
  let node = root;
  for (const unit of units) {
    let child = node.next.get(unit);
    if (!child) {
      child = createNode();
      node.next.set(unit, child);
    }
    node = child;
  }
  if (node.entity === -1) node.entity = entity;
}
