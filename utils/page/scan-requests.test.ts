// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { containerOf, scanRequests } from '@/utils/page/scan-requests';

function record(partial: Partial<MutationRecord>): MutationRecord {
  return { type: 'childList', addedNodes: [] as unknown as NodeList, ...partial } as MutationRecord;
}

describe('containerOf', () => {
  it('finds the nearest block around inline markup', () => {
    document.body.innerHTML = '<div><p>Talks with <a><b>Choe</b></a></p></div>';
    const bold = document.querySelector('b') as Element;
    expect(containerOf(bold.firstChild as Text)).toBe(document.querySelector('p'));
  });

  it('is null inside editors, hidden subtrees, the extension UI and detached trees', () => {
    document.body.innerHTML =
      '<div contenteditable><p><b>x</b></p></div><div hidden><p>y</p></div><div data-nk-lens-ui><p>z</p></div>';
    for (const selector of ['b', 'div[hidden] p', 'div[data-nk-lens-ui] p']) {
      expect(containerOf(document.querySelector(selector) as Element)).toBeNull();
    }
    expect(containerOf(document.createElement('p'))).toBeNull();
  });

  it('stops at an open shadow root', () => {
    document.body.innerHTML = '<news-card></news-card>';
    const shadow = (document.body.firstElementChild as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Kim</span>';
    expect(containerOf(shadow.firstChild as Element)).toBe(shadow);
  });
});

describe('scanRequests', () => {
  it('asks for a shallow rescan around changes and a deep scan of added blocks', () => {
    document.body.innerHTML = '<ul id="feed"><li>old</li></ul><p id="lead">Kim <i>x</i></p>';
    const feed = document.getElementById('feed') as Element;
    const added = document.createElement('li');
    feed.append(added);
    const italic = document.querySelector('i') as Element;
    const requests = scanRequests([
      record({ target: feed, addedNodes: [added] as unknown as NodeList }),
      record({ type: 'characterData', target: italic.firstChild as Text }),
      record({ target: italic, addedNodes: [document.createElement('b')] as unknown as NodeList }),
    ]);
    expect(requests).toEqual([
      { container: feed, deep: false, forget: false },
      { container: added, deep: true, forget: false },
      { container: document.getElementById('lead'), deep: false, forget: false },
    ]);
  });

  it('forgets and rescans the whole block around an element hidden or shown', () => {
    document.body.innerHTML = '<section><div class="more" hidden><p>Kim</p></div></section>';
    const more = document.querySelector('.more') as Element;
    more.removeAttribute('hidden');
    const requests = scanRequests([
      record({ type: 'attributes', target: more, attributeName: 'hidden' }),
    ]);
    expect(requests).toEqual([
      { container: document.querySelector('section'), deep: true, forget: true },
    ]);
  });

  it('ignores the extension UI showing and hiding itself', () => {
    document.body.innerHTML = '<p>Kim</p><div data-nk-lens-ui hidden></div>';
    const host = document.querySelector('[data-nk-lens-ui]') as Element;
    host.removeAttribute('hidden');
    expect(scanRequests([record({ type: 'attributes', target: host })])).toEqual([]);
  });

  it('ignores changes inside editors', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>typing</p></div>';
    const paragraph = document.querySelector('p') as Element;
    expect(
      scanRequests([record({ type: 'characterData', target: paragraph.firstChild as Text })]),
    ).toEqual([]);
  });
});
