// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveRange } from '@/utils/page/live-range';
import { createPageLens, type PageLens, type RunRecognizer } from '@/utils/page/page-lens';
import type { Category, Mention } from '@/utils/recognition/types';

// happy-dom has no StaticRange; the browser tests run the real one.
if (typeof globalThis.StaticRange === 'undefined') {
  globalThis.StaticRange = class {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    constructor(init: StaticRangeInit) {
      ({
        startContainer: this.startContainer,
        startOffset: this.startOffset,
        endContainer: this.endContainer,
        endOffset: this.endOffset,
      } = init);
    }
    get collapsed(): boolean {
      return this.startContainer === this.endContainer && this.startOffset === this.endOffset;
    }
  } as unknown as typeof StaticRange;
}

/** Recognises a fixed list of names by exact search: enough to drive the page machinery. */
const NAMES: Record<string, { id: string; category: Category }> = {
  'Choe Son Hui': { id: 'choe-son-hui', category: 'official' },
  'Kim Yo Jong': { id: 'kim-yo-jong', category: 'official' },
  KCNA: { id: 'kcna', category: 'forum' },
};

/** `setupSteps`: how many `prepare` calls answer "not ready" first, as a large registry would. */
function exactRecognizer(setupSteps = 0): RunRecognizer & { texts: string[]; prepared: number } {
  const texts: string[] = [];
  let left = setupSteps;
  return {
    texts,
    prepared: 0,
    prepare() {
      this.prepared++;
      return left-- <= 0;
    },
    reset: () => undefined,
    mark: () => ({ brand: 'ReadingMark' }),
    resume: () => undefined,
    scan(text) {
      if (left >= 0) throw new Error('scanned before the recognizer was ready');
      texts.push(text);
      const found: Mention[] = [];
      for (const [name, { id }] of Object.entries(NAMES)) {
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          found.push({
            start: at,
            end: at + name.length,
            text: name,
            id,
            name,
            type: 'person',
            backref: false,
          });
        }
      }
      return found.sort((a, b) => a.start - b.start);
    },
  };
}

const categoryOf = (id: string): Category | undefined =>
  Object.values(NAMES).find((entry) => entry.id === id)?.category;

const host = {
  setTimeout: (handler: () => void, ms?: number) => window.setTimeout(handler, ms),
  requestIdleCallback: (callback: IdleRequestCallback) =>
    window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 0),
  onInvalidated: () => () => undefined,
};

let lens: PageLens | undefined;
afterEach(() => lens?.stop());

function started(html: string, recognizer = exactRecognizer()): PageLens {
  document.body.innerHTML = html;
  lens = createPageLens(host, document, recognizer, categoryOf);
  lens.start();
  return lens;
}

const texts = (page: PageLens) => page.index.mentions().map((m) => `${m.id}:${m.text}`);

describe('createPageLens', () => {
  it('indexes mentions across inline markup, in document order, with a per-node lookup', async () => {
    const page = started(
      '<article><p>Talks with <a href="#">Choe</a> Son Hui.</p><p><b>Kim</b> <i>Yo Jong</i> told KCNA.</p></article>',
    );
    await vi.waitFor(() =>
      expect(texts(page)).toEqual([
        'choe-son-hui:Choe Son Hui',
        'kim-yo-jong:Kim Yo Jong',
        'kcna:KCNA',
      ]),
    );
    const choe = page.index.mentions()[0];
    expect(choe && liveRange(choe.range).toString()).toBe('Choe Son Hui');
    expect(choe?.category).toBe('official');
    const link = document.querySelector('a')?.firstChild as Text;
    expect(page.index.mentionAt(link, 2)).toBe(choe);
    const tail = link.parentNode?.nextSibling as Text;
    expect(page.index.mentionAt(tail, 7)?.id).toBe('choe-son-hui');
    expect(page.index.mentionAt(tail, 8)).toBeUndefined();
    expect(Object.fromEntries(page.counts())).toEqual({
      'choe-son-hui': 1,
      'kim-yo-jong': 1,
      kcna: 1,
    });
  });

  it('scans once the recognizer has finished setting up, a step per slice turn', async () => {
    const recognizer = exactRecognizer(5);
    const page = started('<p>Choe Son Hui told KCNA.</p>', recognizer);
    await vi.waitFor(() => expect(texts(page)).toEqual(['choe-son-hui:Choe Son Hui', 'kcna:KCNA']));
    expect(recognizer.prepared).toBeGreaterThan(5);
  });

  it('leaves editors and hidden text alone', async () => {
    const recognizer = exactRecognizer();
    const page = started(
      '<p>KCNA</p><textarea>Choe Son Hui</textarea><div contenteditable="true">Kim Yo Jong</div><p hidden>Kim Yo Jong</p>',
      recognizer,
    );
    await vi.waitFor(() => expect(texts(page)).toEqual(['kcna:KCNA']));
    expect(recognizer.texts).toEqual(['KCNA']);
    const editor = document.querySelector('[contenteditable]') as HTMLElement;
    editor.append(' and Choe Son Hui');
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(texts(page)).toEqual(['kcna:KCNA']);
  });

  it('drops replaced paragraphs and finds the new ones (re-render)', async () => {
    const page = started('<main><p>Choe Son Hui spoke.</p><p>Quiet.</p></main>');
    await vi.waitFor(() => expect(texts(page)).toEqual(['choe-son-hui:Choe Son Hui']));
    const old = page.index.mentions()[0];
    const main = document.querySelector('main') as HTMLElement;
    const fresh = document.createElement('p');
    fresh.textContent = 'Kim Yo Jong replied.';
    main.replaceChild(fresh, main.firstElementChild as Element);
    await vi.waitFor(() => expect(texts(page)).toEqual(['kim-yo-jong:Kim Yo Jong']));
    expect(page.index.mentions()).not.toContain(old);
  });

  it('follows text edited in place and text appended later', async () => {
    const recognizer = exactRecognizer();
    const page = started('<div id="feed"><p>Choe Son Hui spoke.</p></div>', recognizer);
    await vi.waitFor(() => expect(texts(page)).toHaveLength(1));
    const text = document.querySelector('p')?.firstChild as Text;
    text.data = 'A minister spoke.';
    await vi.waitFor(() => expect(texts(page)).toEqual([]));
    recognizer.texts.length = 0;
    const item = document.createElement('p');
    item.innerHTML = 'Update: <em>KCNA</em> reports';
    document.getElementById('feed')?.append(item);
    await vi.waitFor(() => expect(texts(page)).toEqual(['kcna:KCNA']));
    // Only the new paragraph is read: the feed has no text of its own and its other block was scanned.
    expect(recognizer.texts).toEqual(['Update: KCNA reports']);
  });

  it('drops mentions of text hidden later and finds text shown later', async () => {
    const page = started(
      '<article><p id="lead">KCNA reported.</p><div id="more" hidden><p>Kim Yo Jong replied.</p></div></article>',
    );
    await vi.waitFor(() => expect(texts(page)).toEqual(['kcna:KCNA']));
    document.getElementById('more')?.removeAttribute('hidden');
    await vi.waitFor(() => expect(texts(page)).toEqual(['kcna:KCNA', 'kim-yo-jong:Kim Yo Jong']));
    document.getElementById('lead')?.setAttribute('aria-hidden', 'true');
    await vi.waitFor(() => expect(texts(page)).toEqual(['kim-yo-jong:Kim Yo Jong']));
  });

  it('forgets everything when stopped and rescans on start', async () => {
    const page = started('<p>KCNA and KCNA</p>');
    await vi.waitFor(() => expect(texts(page)).toHaveLength(2));
    page.stop();
    expect(page.index.mentions()).toEqual([]);
    expect(page.isRunning()).toBe(false);
    const changes: number[] = [];
    page.index.onChange(() => changes.push(page.index.mentions().length));
    page.start();
    await vi.waitFor(() => expect(texts(page)).toHaveLength(2));
    expect(changes.at(-1)).toBe(2);
  });

  it('jumps to mentions of an entity in turn', async () => {
    const page = started('<p>KCNA first.</p><p>Then KCNA again.</p>');
    await vi.waitFor(() => expect(texts(page)).toHaveLength(2));
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    expect(page.jumpTo('kcna')).toBe(true);
    expect(page.jumpTo('kcna')).toBe(true);
    expect(page.jumpTo('kcna')).toBe(true);
    expect(page.jumpTo('choe-son-hui')).toBe(false);
    const paragraphs = [...document.querySelectorAll('p')];
    expect(scrolled).toEqual([paragraphs[0], paragraphs[1], paragraphs[0]]);
  });
});
