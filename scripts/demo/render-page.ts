/**
 * The demo news site: a front page and one page per corpus article, in a clean, light article
 * layout. Each article page declares its date as `article:published_time`, as news sites do.
 */
import { articleBlocks, type Block } from '@/scripts/demo/article-text';

export interface DemoArticle {
  title: string;
  publisher: string | null;
  author: string | null;
  /** ISO date, YYYY-MM-DD. */
  published: string | null;
  text: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function renderBlock(block: Block): string {
  const tag = block.kind === 'heading' ? 'h3' : 'p';
  return `<${tag}>${escapeHtml(block.text)}</${tag}>`;
}

function byline(article: DemoArticle): string {
  const parts = [
    article.author && `By ${escapeHtml(article.author)}`,
    article.publisher && escapeHtml(article.publisher),
    article.published &&
      `<time datetime="${article.published}">${formatDate(article.published)}</time>`,
  ].filter(Boolean);
  return parts.length > 0 ? `<p class="byline">${parts.join(' · ')}</p>` : '';
}

/** The file name of the `index`-th article page (0-based). */
export function articleFile(index: number): string {
  return `article-${index + 1}.html`;
}

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; background: #fbfaf7; color: #1d1d1f;
    font: 18px/1.65 Georgia, 'Noto Serif', 'Times New Roman', serif; }
  header.masthead { border-bottom: 3px double #1d1d1f; background: #fff; padding: 18px 24px 12px; text-align: center; }
  header.masthead a { color: inherit; text-decoration: none; }
  header.masthead .name { margin: 0; font-size: 34px; font-weight: bold; letter-spacing: 0.02em; }
  header.masthead p { margin: 4px 0 0; color: #5f6368; font: 14px/1.4 system-ui, sans-serif; }
  main { max-width: 44rem; margin: 0 auto; padding: 8px 24px 64px; }
  article { padding: 28px 0 20px; }
  article h1 { font-size: 32px; line-height: 1.25; margin: 0 0 8px; }
  article h2 { font-size: 26px; line-height: 1.25; margin: 0 0 8px; }
  article h2 a { color: inherit; text-decoration: none; }
  article h3 { font: 600 18px/1.4 system-ui, sans-serif; margin: 24px 0 4px; }
  .front article { border-bottom: 1px solid #ddd8cc; }
  .byline { color: #5f6368; font: 14px/1.4 system-ui, sans-serif; margin: 0 0 18px; }
  nav.pager { display: flex; justify-content: space-between; gap: 16px;
    border-top: 1px solid #ddd8cc; padding-top: 16px; font: 15px/1.5 system-ui, sans-serif; }
  nav.pager a, .more { color: #174ea6; }
`;

function page(title: string, published: string | null, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(title)} — The Peninsula Desk</title>
${published ? `<meta property="article:published_time" content="${published}" />` : ''}
<style>${STYLE}</style>
</head>
<body>
<header class="masthead">
<a href="index.html"><span class="name">The Peninsula Desk</span></a>
<p>North Korea diplomacy reading: the NK Lens demo, built from the corpus articles</p>
</header>
${body}
</body>
</html>
`;
}

/** One article on its own page, declaring its date as `article:published_time`. */
export function renderArticlePage(articles: DemoArticle[], index: number): string {
  const article = articles[index];
  if (!article) throw new RangeError(`No article ${index} among ${articles.length}`);
  const previous =
    index > 0 ? `<a href="${articleFile(index - 1)}">← Previous article</a>` : '<span></span>';
  const next =
    index < articles.length - 1
      ? `<a href="${articleFile(index + 1)}">Next article →</a>`
      : '<span></span>';
  return page(
    article.title,
    article.published,
    [
      '<main>',
      '<article>',
      `<h1>${escapeHtml(article.title)}</h1>`,
      byline(article),
      ...articleBlocks(article.text, article.title).map(renderBlock),
      '</article>',
      `<nav class="pager">${previous}${next}</nav>`,
      '</main>',
    ].join('\n'),
  );
}

/** The front page: every article's headline, byline and opening paragraph. */
export function renderFrontPage(articles: DemoArticle[]): string {
  const teasers = articles.map((article, index) => {
    const lead = articleBlocks(article.text, article.title).find((b) => b.kind === 'paragraph');
    return [
      '<article>',
      `<h2><a href="${articleFile(index)}">${escapeHtml(article.title)}</a></h2>`,
      byline(article),
      lead ? renderBlock(lead) : '',
      `<a class="more" href="${articleFile(index)}">Read the article</a>`,
      '</article>',
    ].join('\n');
  });
  return page('Front page', null, `<main class="front">\n${teasers.join('\n')}\n</main>`);
}
