import { describe, expect, it } from 'vitest';
import {
  articleFile,
  escapeHtml,
  renderArticlePage,
  renderFrontPage,
  type DemoArticle,
} from '@/scripts/demo/render-page';

const article = (overrides: Partial<DemoArticle>): DemoArticle => ({
  title: 'Talks <resume>',
  publisher: 'Desk & Co',
  author: null,
  published: '2019-12-13',
  text: 'Talks <resume>\n\nChoe Son Hui met "envoys".\n\nA second paragraph.',
  ...overrides,
});

describe('renderArticlePage', () => {
  const articles = [article({}), article({ published: null, publisher: null, title: 'Later' })];

  it('escapes the text and declares the article date', () => {
    const html = renderArticlePage(articles, 0);
    expect(html).toContain('<h1>Talks &lt;resume&gt;</h1>');
    expect(html).toContain('<p>Choe Son Hui met &quot;envoys&quot;.</p>');
    expect(html).toContain('Desk &amp; Co');
    expect(html).toContain('<meta property="article:published_time" content="2019-12-13" />');
    expect(html).toContain('<time datetime="2019-12-13">13 December 2019</time>');
    expect(html).toContain(`href="${articleFile(1)}"`);
    expect(html).not.toContain('<resume>');
  });

  it('omits the date meta and byline of an undated, unattributed article', () => {
    const html = renderArticlePage(articles, 1);
    expect(html).not.toContain('article:published_time');
    expect(html).not.toContain('class="byline"');
    expect(html).toContain(`href="${articleFile(0)}"`);
  });

  it('rejects an index past the last article', () => {
    expect(() => renderArticlePage(articles, 2)).toThrow(RangeError);
  });
});

describe('renderFrontPage', () => {
  it('links every article with its opening paragraph only', () => {
    const html = renderFrontPage([article({}), article({ title: 'Later' })]);
    expect(html).toContain(`<a href="article-1.html">Talks &lt;resume&gt;</a>`);
    expect(html).toContain(`<a href="article-2.html">Later</a>`);
    expect(html).toContain('Choe Son Hui met');
    expect(html).not.toContain('A second paragraph.');
    expect(html).not.toContain('article:published_time');
  });
});

describe('escapeHtml', () => {
  it('escapes all five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
