import { describe, expect, it } from 'vitest';
import { NONE, Trie } from '@/utils/recognition/trie';
import {
  AMBIGUOUS_READING,
  CONTINUES_WORD,
  GENERIC_READING,
  unitCharacter,
} from '@/utils/recognition/unit-codes';

/** A coded reading of unit numbers; a negative number is a unit that continues its word. */
const path = (...units: number[]) =>
  units
    .map((unit) => (unit < 0 ? CONTINUES_WORD + unitCharacter(-unit) : unitCharacter(unit)))
    .join('');

describe('Trie', () => {
  const units = ['kim', 'chol', 'su', '|.', 'ri'];

  it('shares the nodes of a common prefix and finds each child by unit number', () => {
    const trie = new Trie(units);
    const kimCholSu = trie.descend(path(0, 1, 2));
    const kimChol = trie.descend(path(0, 1));
    const kim = trie.child(trie.root, trie.unitNumber('kim'));
    expect(trie.child(kim, trie.unitNumber('chol'))).toBe(kimChol);
    expect(trie.child(kimChol, trie.unitNumber('su'))).toBe(kimCholSu);
    expect(trie.descend(path(0, 1, 2))).toBe(kimCholSu);
    expect(trie.child(trie.root, trie.unitNumber('chol'))).toBe(NONE);
  });

  it('knows no number for a unit outside its table, and no child by it', () => {
    const trie = new Trie(units);
    trie.descend(path(0));
    expect(trie.unitNumber('park')).toBe(NONE);
    expect(trie.child(trie.root, NONE)).toBe(NONE);
  });

  it('keeps the first entity to claim a path', () => {
    const trie = new Trie(units);
    const node = trie.descend(path(4, 1));
    expect(trie.entityAt(node)).toBe(NONE);
    trie.claim(node, 3);
    trie.claim(node, 7);
    expect(trie.entityAt(node)).toBe(3);
    expect(trie.entityAt(trie.descend(path(4)))).toBe(NONE);
  });

  it('knows where some reading starts a word and where readings only continue one', () => {
    const trie = new Trie(units);
    const kimSu = trie.descend(path(0, -2));
    const kimSuRi = trie.descend(path(0, -2, 4));
    expect(trie.startsWord(trie.descend(path(0)))).toBe(true);
    expect(trie.startsWord(kimSu)).toBe(false);
    expect(trie.startsWord(kimSuRi)).toBe(true);
    expect(trie.descend(path(0, 2))).toBe(kimSu);
    expect(trie.startsWord(kimSu)).toBe(true);
  });

  it('keeps a node generic until its entity claims it with a reading that is not', () => {
    const trie = new Trie(units);
    trie.add(GENERIC_READING + path(1, 2), 0);
    const cholSu = trie.descend(path(1, 2));
    expect(trie.entityAt(cholSu)).toBe(0);
    expect(trie.generic(cholSu)).toBe(true);
    trie.add(path(1, 2), 1);
    expect(trie.generic(cholSu)).toBe(true);
    trie.add(path(1, 2), 0);
    expect(trie.generic(cholSu)).toBe(false);
    trie.add(path(4), 2);
    expect(trie.generic(trie.descend(path(4)))).toBe(false);
  });

  it('keeps a node ambiguous until its entity claims it with a reading that is not', () => {
    const trie = new Trie(units);
    trie.add(AMBIGUOUS_READING + path(4), 0);
    const ri = trie.descend(path(4));
    expect(trie.ambiguous(ri)).toBe(true);
    expect(trie.generic(ri)).toBe(false);
    trie.add(path(4), 1);
    expect(trie.ambiguous(ri)).toBe(true);
    trie.add(path(4), 0);
    expect(trie.ambiguous(ri)).toBe(false);
    trie.add(GENERIC_READING + AMBIGUOUS_READING + path(1), 2);
    const chol = trie.descend(path(1));
    expect([trie.generic(chol), trie.ambiguous(chol)]).toEqual([true, true]);
  });

  it('marks the nodes a punctuation unit leaves from', () => {
    const trie = new Trie(units);
    const kim = trie.descend(path(0));
    trie.descend(path(0, 3, 2));
    const chol = trie.descend(path(1, 2));
    expect(trie.punctuated(kim)).toBe(true);
    expect(trie.punctuated(chol)).toBe(false);
    expect(trie.punctuated(trie.root)).toBe(false);
  });

  it('finds every path again after growing far past its first size', () => {
    const many = Array.from({ length: 300 }, (_, index) => `~u${index}`);
    const trie = new Trie(many);
    const ends = new Map<string, number>();
    for (let a = 0; a < 300; a += 7) {
      for (let b = 0; b < 300; b += 11) ends.set(path(a, b), trie.descend(path(a, b)));
    }
    expect(new Set(ends.values()).size).toBe(ends.size);
    for (const [coded, node] of ends) expect(trie.descend(coded)).toBe(node);
  });
});
