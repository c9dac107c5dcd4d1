/**
 * A deterministic live-blog page of about a given size: timestamped posts of news prose in
 * which names appear as plain text, inside links and inside emphasis, as on a news site.
 */
import type { MatcherEntity } from '@/utils/recognition/types';
import { newsParagraphs, paragraphText, type Paragraph } from '@/scripts/bench/news-text';
import { seededRandom } from '@/scripts/bench/random';

export interface LiveBlogPage {
  html: string;
  /** Text of every heading and paragraph, in document order. */
  blocks: string[];
  /** How many names the prose contains (acronyms and bare surnames included). */
  mentions: number;
}

export interface LiveBlogOptions {
  seed: number;
  /** Target size of the HTML in bytes; the page stops at the first post past it. */
  bytes: number;
}

const HEADLINES = [
  'Delegation arrives at the General Assembly',
  'Reaction from Seoul',
  'Statement carried by state media',
  'Security Council consultations resume',
  'What we know so far',
  'Analysis: a new diplomatic offensive',
  'Foreign ministry responds',
  'Pyongyang hosts visiting delegation',
];

export function liveBlogPage(
  entities: readonly MatcherEntity[],
  options: LiveBlogOptions,
): LiveBlogPage {
  const random = seededRandom(options.seed);
  const paragraphs = newsParagraphs(entities, { seed: options.seed + 1, length: options.bytes });
  const head = pageHead();
  const tail = '</main><footer><p>© NK Lens benchmark press</p></footer></body></html>\n';
  const posts: string[] = [];
  const blocks: string[] = [];
  let size = byteLength(head) + byteLength(tail);
  let mentions = 0;
  let next = 0;
  while (size < options.bytes) {
    if (next >= paragraphs.length) throw new Error('Not enough prose generated for the page size');
    const headline = random.pick(HEADLINES);
    const body = paragraphs.slice(next, next + random.int(2, 4));
    next += body.length;
    const minutes = 24 * 60 - 1 - (posts.length % (24 * 60));
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const html =
      `<section class="post" id="post-${posts.length}"><time>${time}</time><h2>${escapeHtml(headline)}</h2>` +
      body.map((paragraph) => `<p>${paragraphHtml(paragraph, random.next)}</p>`).join('') +
      '</section>\n';
    posts.push(html);
    blocks.push(headline, ...body.map(paragraphText));
    mentions += body.reduce((sum, p) => sum + p.filter((s) => s.entityId).length, 0);
    size += byteLength(html);
  }
  return { html: head + posts.join('') + tail, blocks, mentions };
}

function paragraphHtml(paragraph: Paragraph, next: () => number): string {
  return paragraph
    .map((segment) => {
      const text = escapeHtml(segment.text);
      if (!segment.entityId) return text;
      const roll = next();
      if (roll < 0.15)
        return `<a href="/topic/${encodeURIComponent(segment.entityId)}">${text}</a>`;
      if (roll < 0.25) return `<strong>${text}</strong>`;
      return text;
    })
    .join('');
}

function pageHead(): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Live: North Korea at the UN General Assembly</title>' +
    '<style>body{font:16px/1.5 Georgia,serif;max-width:44rem;margin:0 auto;padding:1rem}' +
    '.post{border-top:1px solid #ccc;padding:.5rem 0}time{color:#666;font-size:.875rem}</style>' +
    '</head><body><header><nav><a href="/">Home</a> · <a href="/world">World</a> · ' +
    '<a href="/asia">Asia</a></nav><h1>Live: North Korea at the UN General Assembly</h1></header><main>\n'
  );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
