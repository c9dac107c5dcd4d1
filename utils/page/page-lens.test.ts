// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import matcherJson from '@/data/generated/matcher.json';
import { encodeMatcherText } from '@/utils/dataset/matcher-text';
import type { MatcherData } from '@/utils/dataset/types';
import { createLensRecognizer } from '@/utils/page/lens-recognizer';
import { liveRange } from '@/utils/page/live-range';
import { createPageLens, type PageLens, type RunRecognizer } from '@/utils/page/page-lens';
import type { ReadingReach } from '@/utils/page/reading-reach';
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
  CNN: { id: 'cnn', category: 'context' },
};

/** Names that mean something else outside this subject. */
const AMBIGUOUS = new Set(['CNN']);

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
            ambiguous: AMBIGUOUS.has(name),
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

  it('counts an ambiguous acronym only once the page names some entity otherwise', async () => {
    const page = started('<h1>CNN live</h1><div id="feed"><p>Markets and CNN.</p></div>');
    await page.readAll();
    expect(texts(page)).toEqual([]);
    const item = document.createElement('p');
    item.textContent = 'Choe Son Hui spoke.';
    document.getElementById('feed')?.append(item);
    await vi.waitFor(() =>
      expect(texts(page)).toEqual(['cnn:CNN', 'cnn:CNN', 'choe-son-hui:Choe Son Hui']),
    );
    expect(page.counts().get('cnn')).toBe(2);
  });

  it('counts an ambiguous acronym above the name that puts the page on the subject', async () => {
    const page = started('<h1>CNN</h1><p>KCNA said so.</p><p>CNN asked.</p>');
    await page.readAll();
    expect(texts(page)).toEqual(['cnn:CNN', 'kcna:KCNA', 'cnn:CNN']);
    page.stop();
    document.body.innerHTML = '<p>CNN asked.</p>';
    page.start();
    await page.readAll();
    expect(texts(page)).toEqual([]);
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

/**
 * A reader's reach on happy-dom, which lays nothing out: elements marked `data-far` lie beyond
 * it, those marked `data-near` wholly within it, the others across its edge.
 */
function farReach(): ReadingReach & {
  watching(): Element | undefined;
  scrollTo(to: Element): void;
  /** Every element placed, in order. */
  placed: Element[];
} {
  let watched: { element: Element; reached: () => void } | undefined;
  const placed: Element[] = [];
  return {
    placed,
    placeOf: (element) =>
      placed.push(element) > 0 && element.hasAttribute('data-far')
        ? 'beyond'
        : element.hasAttribute('data-near')
          ? 'within'
          : 'across',
    watch(element, reached) {
      watched = { element, reached };
    },
    disconnect() {
      watched = undefined;
    },
    watching: () => watched?.element,
    /** Brings everything up to `to` within reach, as scrolling down to it would. */
    scrollTo(to) {
      for (const element of document.querySelectorAll('[data-far]')) {
        const before = element.compareDocumentPosition(to) & Node.DOCUMENT_POSITION_FOLLOWING;
        if (element === to || before) element.removeAttribute('data-far');
      }
      const current = watched;
      if (current !== undefined && !current.element.hasAttribute('data-far')) {
        watched = undefined;
        current.reached();
      }
    },
  };
}

function startedWithReach(
  html: string,
  reach: ReadingReach,
  recognizer: RunRecognizer = exactRecognizer(),
  categories = categoryOf,
): PageLens {
  document.body.innerHTML = html;
  lens = createPageLens(host, document, recognizer, categories, reach);
  lens.start();
  return lens;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('reading as far as the reader reaches', () => {
  it('reads what is in reach, and the rest as the reader comes near it', async () => {
    const reach = farReach();
    const recognizer = exactRecognizer();
    const page = startedWithReach(
      '<p>Choe Son Hui spoke.</p><p id="two" data-far>KCNA reported.</p><p id="three" data-far>Kim Yo Jong replied.</p>',
      reach,
      recognizer,
    );
    await vi.waitFor(() => expect(reach.watching()?.id).toBe('two'));
    expect(texts(page)).toEqual(['choe-son-hui:Choe Son Hui']);
    expect(recognizer.texts).toEqual(['Choe Son Hui spoke.']);
    reach.scrollTo(document.getElementById('two') as Element);
    await vi.waitFor(() => expect(reach.watching()?.id).toBe('three'));
    expect(texts(page)).toEqual(['choe-son-hui:Choe Son Hui', 'kcna:KCNA']);
    reach.scrollTo(document.getElementById('three') as Element);
    await vi.waitFor(() => expect(texts(page)).toHaveLength(3));
    expect(reach.watching()).toBeUndefined();
  });

  it('reads what lies inside a block wholly within reach without placing it', async () => {
    const reach = farReach();
    const page = startedWithReach(
      '<section data-near><p data-far>KCNA reported.</p></section><p data-far>Kim Yo Jong replied.</p>',
      reach,
    );
    await vi.waitFor(() => expect(reach.watching()).toBeDefined());
    expect(texts(page)).toEqual(['kcna:KCNA']);
  });

  it('reads what is in reach after a waiting block, as a sidebar after a long article', async () => {
    const reach = farReach();
    const page = startedWithReach(
      '<article><p>Choe Son Hui spoke.</p><p data-far>KCNA reported.</p></article><aside><p>Kim Yo Jong replied.</p></aside>',
      reach,
    );
    await vi.waitFor(() => expect(reach.watching()).toBeDefined());
    expect(texts(page).sort()).toEqual(['choe-son-hui:Choe Son Hui', 'kim-yo-jong:Kim Yo Jong']);
  });

  it('resolves a bare surname far down against the names before it in the document', async () => {
    const reach = farReach();
    const { schemaVersion, entities } = matcherJson as MatcherData;
    const real = createLensRecognizer({ schemaVersion, entities: encodeMatcherText(entities) });
    const page = startedWithReach(
      '<p>Foreign Minister Choe Son Hui arrived.</p><p id="far" data-far>Later Choe spoke.</p><aside><p>Choe Thae Bok was there.</p></aside>',
      reach,
      real,
      real.categoryOf,
    );
    await vi.waitFor(() => expect(texts(page)).toHaveLength(2));
    reach.scrollTo(document.getElementById('far') as Element);
    await vi.waitFor(() => expect(texts(page)).toHaveLength(3));
    // Read last, the sidebar's Choe Thae Bok does not capture it.
    expect(texts(page)).toContain('person.choe-son-hui:Choe');
  });

  it('keeps a block added far down waiting, in document order', async () => {
    const reach = farReach();
    const page = startedWithReach(
      '<main><p>KCNA first.</p><p id="far" data-far>Choe Son Hui spoke.</p></main>',
      reach,
    );
    await vi.waitFor(() => expect(reach.watching()?.id).toBe('far'));
    const added = document.createElement('p');
    added.setAttribute('data-far', '');
    added.textContent = 'Kim Yo Jong replied.';
    document.querySelector('main')?.append(added);
    await settle();
    await settle();
    expect(texts(page)).toEqual(['kcna:KCNA']);
    expect(reach.watching()?.id).toBe('far');
    reach.scrollTo(added);
    await vi.waitFor(() => expect(texts(page)).toHaveLength(3));
  });

  it('orders blocks added far down in several places at once', async () => {
    const reach = farReach();
    const recognizer = exactRecognizer();
    startedWithReach(
      '<main id="a"><p>KCNA first.</p></main><div id="b"><p>Quiet.</p></div><p id="last" data-far>Last.</p>',
      reach,
      recognizer,
    );
    await vi.waitFor(() => expect(reach.watching()?.id).toBe('last'));
    const add = (parent: string, text: string) => {
      const added = document.createElement('p');
      added.setAttribute('data-far', '');
      added.textContent = text;
      document.getElementById(parent)?.append(added);
    };
    add('a', 'Choe Son Hui spoke.');
    add('b', 'Kim Yo Jong replied.');
    await settle();
    await settle();
    expect(reach.watching()?.textContent).toBe('Choe Son Hui spoke.');
    recognizer.texts.length = 0;
    reach.scrollTo(document.getElementById('last') as Element);
    await vi.waitFor(() => expect(recognizer.texts).toHaveLength(3));
    expect(recognizer.texts).toEqual(['Choe Son Hui spoke.', 'Kim Yo Jong replied.', 'Last.']);
  });

  it('does not place waiting blocks again when text is added beside them', async () => {
    const reach = farReach();
    const page = startedWithReach(
      '<main><p>KCNA first.</p><p id="one" data-far>Choe Son Hui spoke.</p><p id="two" data-far>Kim Yo Jong replied.</p></main>',
      reach,
    );
    await vi.waitFor(() => expect(reach.watching()?.id).toBe('one'));
    const two = document.getElementById('two') as Element;
    expect(reach.placed.filter((element) => element === two)).toHaveLength(1);
    const added = document.createElement('p');
    added.textContent = 'KCNA again.';
    document.querySelector('main')?.prepend(added);
    await vi.waitFor(() => expect(texts(page)).toHaveLength(2));
    await settle();
    expect(reach.placed.filter((element) => element === two)).toHaveLength(1);
  });

  it('reads the whole page when asked, and says when it is read', async () => {
    const reach = farReach();
    const page = startedWithReach(
      '<p>KCNA first.</p><p data-far>Choe Son Hui spoke.</p><p data-far>Kim Yo Jong replied.</p>',
      reach,
    );
    await vi.waitFor(() => expect(reach.watching()).toBeDefined());
    await page.readAll();
    expect(texts(page)).toEqual([
      'kcna:KCNA',
      'choe-son-hui:Choe Son Hui',
      'kim-yo-jong:Kim Yo Jong',
    ]);
    expect(reach.watching()).toBeUndefined();
    // Blocks added later are read at once too.
    const added = document.createElement('p');
    added.setAttribute('data-far', '');
    added.textContent = 'KCNA again.';
    document.body.append(added);
    await vi.waitFor(() => expect(texts(page)).toHaveLength(4));
  });

  it('answers at once when the lens is not running', async () => {
    const page = startedWithReach('<p>KCNA</p>', farReach());
    page.stop();
    await expect(page.readAll()).resolves.toBeUndefined();
  });
});
