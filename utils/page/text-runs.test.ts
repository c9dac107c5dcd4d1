// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { piecesOf, readContainer, type TextRun } from '@/utils/page/text-runs';

function bodyWith(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function allRuns(root: Element | ShadowRoot): TextRun[] {
  const content = readContainer(root);
  return [...content.runs, ...content.children.flatMap((child) => allRuns(child))];
}

describe('readContainer', () => {
  it('joins text across inline markup within a block', () => {
    const body = bodyWith('<p><a href="#">Choe</a> Son Hui met <b>Kim</b> <i>Yo Jong</i>.</p>');
    expect(allRuns(body).map((run) => run.text)).toEqual(['Choe Son Hui met Kim Yo Jong.']);
  });

  it('never joins text across blocks, line breaks or skipped elements', () => {
    const body = bodyWith(
      '<div>Kim<p>Jong Un</p>Choe<br>Son Hui<textarea>Kim Yo Jong</textarea>Ri<input>Son Gwon</div>',
    );
    expect(allRuns(body).map((run) => run.text)).toEqual([
      'Kim',
      'Choe',
      'Son Hui',
      'Ri',
      'Son Gwon',
      'Jong Un',
    ]);
  });

  it('skips editors, hidden subtrees, scripts and the extension UI', () => {
    const body = bodyWith(
      [
        '<p contenteditable="true">Kim <b>Jong Un</b></p>',
        '<p contenteditable="false">Choe Son Hui</p>',
        '<div hidden><p>Hidden</p></div>',
        '<div aria-hidden="true">Aria</div>',
        '<div style="display: none">None</div>',
        '<script>var kim = 1;</script><style>p{}</style><noscript>No</noscript>',
        '<div data-nk-lens-ui>Popover</div>',
      ].join(''),
    );
    expect(allRuns(body).map((run) => run.text)).toEqual(['Choe Son Hui']);
  });

  it('turns whitespace into spaces without moving offsets', () => {
    const body = bodyWith('<p>Kim\n   Jong\u00a0Un</p>');
    const [run] = allRuns(body);
    expect(run?.text).toBe('Kim    Jong Un');
    expect(run?.nodes[0]?.data).toBe('Kim\n   Jong\u00a0Un');
  });

  it('lists open shadow roots as containers', () => {
    const body = bodyWith('<news-card><span>light</span></news-card>');
    const card = body.firstElementChild as HTMLElement;
    card.attachShadow({ mode: 'open' }).innerHTML = '<p>Choe <em>Son Hui</em></p>';
    expect(allRuns(body).map((run) => run.text)).toEqual(['light', 'Choe Son Hui']);
  });
});

describe('piecesOf', () => {
  it('maps a run span back to the text nodes it covers', () => {
    const body = bodyWith('<p><a>Choe</a> Son <b>Hui</b> said</p>');
    const [run] = allRuns(body);
    if (!run) throw new Error('no run');
    const [choe, son, hui] = run.nodes;
    expect(piecesOf(run, 0, 12)).toEqual([
      { node: choe, start: 0, end: 4 },
      { node: son, start: 0, end: 5 },
      { node: hui, start: 0, end: 3 },
    ]);
    expect(piecesOf(run, 5, 8)).toEqual([{ node: son, start: 1, end: 4 }]);
    expect(piecesOf(run, 13, 17)).toEqual([{ node: run.nodes[3], start: 1, end: 5 }]);
    // Spans that start or end on a node boundary take nothing of the neighbouring node.
    expect(piecesOf(run, 0, 4)).toEqual([{ node: choe, start: 0, end: 4 }]);
    expect(piecesOf(run, 4, 9)).toEqual([{ node: son, start: 0, end: 5 }]);
    expect(piecesOf(run, 9, 12)).toEqual([{ node: hui, start: 0, end: 3 }]);
  });
});
