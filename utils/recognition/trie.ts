/** A trie over matching units: every alias of every entity, compiled once. */

export interface TrieNode {
  /** Children by unit; absent on leaves, which most nodes are. */
  next: Map<string, TrieNode> | undefined;
  /** Index of the entity this path spells, or -1. The first entity to claim a path keeps it. */
  entity: number;
}

export function createNode(): TrieNode {
  return { next: undefined, entity: -1 };
}

export function child(node: TrieNode, unit: string): TrieNode | undefined {
  return node.next?.get(unit);
}

export function insert(root: TrieNode, units: readonly string[], entity: number): void {
  let node = root;
  for (const unit of units) {
    node.next ??= new Map();
    let next = node.next.get(unit);
    if (!next) {
      next = createNode();
      node.next.set(unit, next);
    }
    node = next;
  }
  if (node.entity === -1) node.entity = entity;
}
