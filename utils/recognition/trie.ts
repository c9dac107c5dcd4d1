/**
 * A trie over matching units: every alias of every entity, compiled once on the page. Units are
 * known by their number in the readings' table (see unit-codes.ts), and the trie lives in typed
 * arrays: one hash table from (node, unit) to child, so building it makes no object or map per
 * node, and a step of the matcher is a few integer operations.
 */
import {
  AMBIGUOUS,
  CONTINUES_WORD,
  GENERIC,
  markFlag,
  unitNumber,
} from '@/utils/recognition/unit-codes';

/** How punctuation units begin (see `punctuationUnit`). */
export const PUNCTUATION_UNIT = '|';

/** No such node; or, as a unit, one that no alias uses. */
export const NONE = -1;

const ROOT = 0;
const CONTINUES_WORD_CODE = CONTINUES_WORD.charCodeAt(0);
const START_NODES = 64;
const START_SLOTS = 128;

/** Mixes a (node, unit) pair into a slot hash. */
function slotHash(node: number, unit: number): number {
  const mixed = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca6b);
  return mixed ^ (mixed >>> 15);
}

export class Trie {
  readonly root = ROOT;
  /** The number of each unit in the table. */
  private readonly unitNumbers = new Map<string, number>();
  /** Per unit number: 1 for a punctuation unit. */
  private readonly punctuationUnits: Uint8Array;
  /** Per node: the entity whose spelling ends there, or NONE. The first to claim a path keeps it. */
  private entities = new Int32Array(START_NODES).fill(NONE);
  /** Per node: 1 when some child is a punctuation unit (only then can a name span punctuation). */
  private punctuation = new Uint8Array(START_NODES);
  /** Per node: 1 when, in some reading through it, its unit starts a word of the alias. */
  private wordStarts = new Uint8Array(START_NODES);
  /**
   * Per node: the claim flags (`GENERIC`, `AMBIGUOUS`) that every reading through which its entity
   * claimed it carries.
   */
  private claims = new Uint8Array(START_NODES);
  private nodes = 1;
  /** The child table, open addressing: a slot's parent is stored plus one, so 0 marks it empty. */
  private parents = new Int32Array(START_SLOTS);
  private slotUnits = new Int32Array(START_SLOTS);
  private children = new Int32Array(START_SLOTS);

  /** `units`: the readings' table of units, which `descend` reads its paths against. */
  constructor(units: readonly string[]) {
    this.punctuationUnits = new Uint8Array(units.length);
    units.forEach((unit, number) => {
      this.unitNumbers.set(unit, number);
      if (unit.startsWith(PUNCTUATION_UNIT)) this.punctuationUnits[number] = 1;
    });
  }

  /** The number of `unit`, or NONE when no alias uses it. */
  unitNumber(unit: string): number {
    return this.unitNumbers.get(unit) ?? NONE;
  }

  /** The child of `node` by unit number `unit`, or NONE. */
  child(node: number, unit: number): number {
    if (unit === NONE) return NONE;
    const mask = this.parents.length - 1;
    const key = node + 1;
    for (let slot = slotHash(node, unit) & mask; ; slot = (slot + 1) & mask) {
      const parent = this.parents[slot]!;
      if (parent === 0) return NONE;
      if (parent === key && this.slotUnits[slot] === unit) return this.children[slot]!;
    }
  }

  /** The entity whose spelling ends at `node`, or NONE. */
  entityAt(node: number): number {
    return this.entities[node]!;
  }

  /**
   * Whether the unit that leads to `node` starts a word in some alias. Where it only ever
   * continues one ("tin" in "Putin"), a page word starting there splits a word of the alias.
   */
  startsWord(node: number): boolean {
    return this.wordStarts[node] === 1;
  }

  /**
   * Whether the entity at `node` is spelled there only by generic aliases ("Security Council"
   * beside "UN Security Council"): a capitalised word right before such a match may make it the
   * name of something else ("National Security Council").
   */
  generic(node: number): boolean {
    return (this.claims[node]! & GENERIC) !== 0;
  }

  /**
   * Whether the entity at `node` is spelled there only by acronyms that mean something else
   * outside this subject ("CNN"): a text counts such a match only when it names some entity
   * otherwise.
   */
  ambiguous(node: number): boolean {
    return (this.claims[node]! & AMBIGUOUS) !== 0;
  }

  /** Whether a name may go on from `node` across punctuation. */
  punctuated(node: number): boolean {
    return this.punctuation[node] === 1;
  }

  /** The node reached from the root by a coded reading (see unit-codes.ts), created as needed. */
  descend(coded: string): number {
    let reached = ROOT;
    let continues = false;
    let from = 0;
    while (from < coded.length && markFlag(coded.charCodeAt(from)) !== 0) from++;
    for (let index = from; index < coded.length; index++) {
      const code = coded.charCodeAt(index);
      if (code === CONTINUES_WORD_CODE) {
        continues = true;
        continue;
      }
      const unit = unitNumber(code);
      const next = this.child(reached, unit);
      reached = next === NONE ? this.addChild(reached, unit) : next;
      if (!continues) this.wordStarts[reached] = 1;
      continues = false;
    }
    return reached;
  }

  /** Adds a coded reading of `entity` (see unit-codes.ts): its path, claimed with its marks. */
  add(coded: string, entity: number): void {
    let flags = 0;
    for (let index = 0, flag; (flag = markFlag(coded.charCodeAt(index))) !== 0; index++) {
      flags |= flag;
    }
    this.claim(this.descend(coded), entity, flags);
  }

  /**
   * Marks `node` as the end of a spelling of `entity`, unless an earlier entity claimed it.
   * `flags`: the spelling's claim flags (`GENERIC`, `AMBIGUOUS`); the node keeps a flag only while
   * every spelling by which the same entity claims it has it.
   */
  claim(node: number, entity: number, flags = 0): void {
    if (this.entities[node] === NONE) {
      this.entities[node] = entity;
      this.claims[node] = flags;
    } else if (this.entities[node] === entity) {
      this.claims[node]! &= flags;
    }
  }

  private addChild(node: number, unit: number): number {
    if (this.nodes === this.entities.length) {
      const entities = new Int32Array(this.nodes * 2).fill(NONE);
      entities.set(this.entities);
      this.entities = entities;
      this.punctuation = grown(this.punctuation);
      this.wordStarts = grown(this.wordStarts);
      this.claims = grown(this.claims);
    }
    const added = this.nodes++;
    if (this.punctuationUnits[unit] === 1) this.punctuation[node] = 1;
    // Kept at most half full, so that a lookup of a missing child ends soon.
    if (added * 2 > this.parents.length) this.growTable();
    this.place(node, unit, added);
    return added;
  }

  private place(node: number, unit: number, added: number): void {
    const mask = this.parents.length - 1;
    let slot = slotHash(node, unit) & mask;
    while (this.parents[slot] !== 0) slot = (slot + 1) & mask;
    this.parents[slot] = node + 1;
    this.slotUnits[slot] = unit;
    this.children[slot] = added;
  }

  private growTable(): void {
    const { parents, slotUnits, children } = this;
    this.parents = new Int32Array(parents.length * 2);
    this.slotUnits = new Int32Array(parents.length * 2);
    this.children = new Int32Array(parents.length * 2);
    for (let slot = 0; slot < parents.length; slot++) {
      if (parents[slot] !== 0) this.place(parents[slot]! - 1, slotUnits[slot]!, children[slot]!);
    }
  }
}

/** A copy of `flags` twice as long. */
function grown(flags: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(flags.length * 2);
  copy.set(flags);
  return copy;
}
