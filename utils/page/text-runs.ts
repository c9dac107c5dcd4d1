/**
 * The page's text model: the text of each block (paragraph, list item, heading, cell…) gathered
 * across inline markup into runs, with a map from run offsets back to text nodes. A run never
 * crosses a block boundary, a line break or a skipped element.
 */
import { isInline, isSkipped, mayHostShadow } from '@/utils/page/element-kinds';

/** An element whose direct text forms runs, or an open shadow root of a page component. */
export type Container = Element | ShadowRoot;

export interface TextRun {
  container: Container;
  /** The run's text with every whitespace character turned into a plain space (offsets unchanged). */
  text: string;
  /** False when whitespace was turned into spaces: `text` then differs from what the page reads. */
  exact: boolean;
  nodes: Text[];
  /** Offset in `text` at which each of `nodes` starts. */
  starts: number[];
}

/** `[start, end)` of one text node's data. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

export interface ContainerContent {
  runs: TextRun[];
  /** Blocks and open shadow roots inside the container: containers of their own. */
  children: Container[];
}

const VISIBLE = /\S/;
/** Whitespace other than a plain space: tabs, line breaks, NBSP… */
const OTHER_SPACE = /[^\S ]/;
const SPACE = /\s/g;

/** Reads the runs directly in `container` (through inline markup) and lists its child containers. */
export function readContainer(container: Container): ContainerContent {
  const content: ContainerContent = { runs: [], children: [] };
  let nodes: Text[] = [];
  let parts: string[] = [];
  let starts: number[] = [];
  let length = 0;

  const endRun = (): void => {
    if (nodes.length > 0) {
      const joined = parts.join('');
      if (VISIBLE.test(joined)) {
        const exact = !OTHER_SPACE.test(joined);
        const text = exact ? joined : joined.replace(SPACE, ' ');
        content.runs.push({ container, text, exact, nodes, starts });
      }
    }
    nodes = [];
    parts = [];
    starts = [];
    length = 0;
  };

  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        nodes.push(child as Text);
        parts.push(data);
        starts.push(length);
        length += data.length;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (isSkipped(element, tag)) {
          endRun();
          continue;
        }
        const shadow = mayHostShadow(tag) ? element.shadowRoot : null;
        if (isInline(element, tag) && shadow === null) {
          visit(element);
          continue;
        }
        endRun();
        if (tag !== 'BR') content.children.push(element);
        if (shadow !== null) content.children.push(shadow);
      }
    }
  };

  visit(container);
  endRun();
  return content;
}

/**
 * The part of `[start, end)` of the run's text that lies in each of its text nodes. The list is
 * sized exactly: the mention store keeps one per mention.
 */
export function piecesOf(run: TextRun, start: number, end: number): TextPiece[] {
  const first = nodeAt(run, start);
  let last = first;
  while (last + 1 < run.starts.length && run.starts[last + 1]! < end) last++;
  const pieces = new Array<TextPiece>(last - first + 1);
  for (let index = first; index <= last; index++) {
    const nodeStart = run.starts[index]!;
    const nodeEnd = index + 1 < run.starts.length ? run.starts[index + 1]! : run.text.length;
    pieces[index - first] = {
      node: run.nodes[index]!,
      start: Math.max(start, nodeStart) - nodeStart,
      end: Math.min(end, nodeEnd) - nodeStart,
    };
  }
  return pieces;
}

/** Index of the last node of `run` starting at or before `offset` (0 when none does). */
function nodeAt(run: TextRun, offset: number): number {
  let low = 0;
  let high = run.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (run.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
