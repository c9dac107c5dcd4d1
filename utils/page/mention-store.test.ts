// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMentionStore, type FoundMention } from '@/utils/page/mention-store';
import type { PageMention } from '@/utils/page/types';

let keys = 0;

/** One mention covering all of `node`'s text, with a key of its own as the scanner gives. */
function whole(node: Text, id: string): FoundMention {
  const range = document.createRange();
  range.selectNodeContents(node);
  const mention: PageMention = {
    key: `m${++keys}`,
    id,
    category: 'official',
    range,
    backref: false,
    text: node.data,
    block: node.parentElement as Element,
  };
  return { mention, pieces: [{ node, start: 0, end: node.data.length }] };
}

const textOf = (selector: string, root: ParentNode = document) =>
  root.querySelector(selector)?.firstChild as Text;

describe('createMentionStore', () => {
  it('lists mentions in document order, shadow root content where its host is', () => {
    document.body.innerHTML = '<p id="a">Kim</p><news-card></news-card><p id="c">Ri</p>';
    const shadow = (document.querySelector('news-card') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="b">Choe</p>';
    const store = createMentionStore(document);
    const [a, b, c] = [textOf('#a'), textOf('#b', shadow), textOf('#c')];
    store.replace(c.parentElement as Element, [whole(c, 'ri')]);
    store.replace(shadow.firstElementChild as Element, [whole(b, 'choe')]);
    store.replace(a.parentElement as Element, [whole(a, 'kim')]);
    expect(store.mentions().map((m) => m.id)).toEqual(['kim', 'choe', 'ri']);
    expect(Object.fromEntries(store.counts())).toEqual({ kim: 1, choe: 1, ri: 1 });
  });

  it('finds a mention by text node and offset, end excluded', () => {
    document.body.innerHTML = '<p>Kim</p>';
    const store = createMentionStore(document);
    const text = textOf('p');
    store.replace(text.parentElement as Element, [whole(text, 'kim')]);
    expect(store.mentionAt(text, 0)?.id).toBe('kim');
    expect(store.mentionAt(text, 2)?.id).toBe('kim');
    expect(store.mentionAt(text, 3)).toBeUndefined();
    expect(store.mentionAt(document.createTextNode('Kim'), 0)).toBeUndefined();
  });

  it('finds a mention from any of its pieces, through inline markup', () => {
    document.body.innerHTML = '<article><p>Minister Choe <b><i>Son</i></b> Hui spoke</p></article>';
    const store = createMentionStore(document);
    const paragraph = document.querySelector('p') as Element;
    const [before, inside, after] = [
      paragraph.firstChild as Text,
      textOf('i', paragraph),
      paragraph.lastChild as Text,
    ];
    const found = whole(inside, 'choe');
    found.pieces = [
      { node: before, start: 9, end: 14 },
      { node: inside, start: 0, end: 3 },
      { node: after, start: 0, end: 4 },
    ];
    store.replace(paragraph, [found]);
    expect(store.mentionAt(before, 8)).toBeUndefined();
    expect(store.mentionAt(before, 9)).toBe(found.mention);
    expect(store.mentionAt(inside, 1)).toBe(found.mention);
    expect(store.mentionAt(after, 3)).toBe(found.mention);
    expect(store.mentionAt(after, 4)).toBeUndefined();
    // A node moved out of the container is no longer found through it.
    document.body.append(inside);
    expect(store.mentionAt(inside, 1)).toBeUndefined();
  });

  it('replaces a container, sweeps what left the document, and tells listeners', () => {
    document.body.innerHTML = '<p id="a">Kim</p><p id="b">Ri</p>';
    const store = createMentionStore(document);
    const [a, b] = [textOf('#a'), textOf('#b')];
    const first = whole(a, 'kim');
    store.replace(a.parentElement as Element, [first]);
    store.replace(b.parentElement as Element, [whole(b, 'ri')]);
    expect(store.replace(a.parentElement as Element, [])).toEqual([first.mention]);
    expect(store.mentionAt(a, 0)).toBeUndefined();
    b.parentElement?.remove();
    expect(store.sweep().map((m) => m.id)).toEqual(['ri']);
    expect(store.mentions()).toEqual([]);
    let calls = 0;
    const unsubscribe = store.onChange(() => calls++);
    store.notify();
    unsubscribe();
    store.notify();
    expect(calls).toBe(1);
  });

  it('keeps counts, keys and shadow roots in step with replacements', () => {
    document.body.innerHTML = '<p id="a">Kim</p><news-card></news-card>';
    const shadow = (document.querySelector('news-card') as Element).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="b">Kim</p><p id="c">Ri</p>';
    const store = createMentionStore(document);
    const [a, b, c] = [textOf('#a'), textOf('#b', shadow), textOf('#c', shadow)];
    const inShadow = whole(b, 'kim');
    store.replace(a.parentElement as Element, [whole(a, 'kim')]);
    store.replace(b.parentElement as Element, [inShadow]);
    store.replace(c.parentElement as Element, [whole(c, 'ri')]);
    expect(Object.fromEntries(store.counts())).toEqual({ kim: 2, ri: 1 });
    expect(store.shadowRoots()).toEqual([shadow]);
    expect(store.has(inShadow.mention.key)).toBe(true);

    store.replace(b.parentElement as Element, []);
    expect(Object.fromEntries(store.counts())).toEqual({ kim: 1, ri: 1 });
    expect(store.has(inShadow.mention.key)).toBe(false);
    expect(store.shadowRoots()).toEqual([shadow]);
    store.forgetWithin(shadow);
    expect(store.shadowRoots()).toEqual([]);
    expect(Object.fromEntries(store.counts())).toEqual({ kim: 1 });
    store.clear();
    expect(store.counts().size).toBe(0);
  });
});
