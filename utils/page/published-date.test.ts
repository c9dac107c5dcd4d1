// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { publishedDate } from '@/utils/page/published-date';

function withHead(html: string): Document {
  document.head.innerHTML = html;
  return document;
}

describe('publishedDate', () => {
  it('reads the date part as written, ignoring the time and zone', () => {
    const doc = withHead(
      '<meta property="article:published_time" content="2025-09-22T23:30:00-04:00">',
    );
    expect(publishedDate(doc)).toBe('2025-09-22');
  });

  it('accepts the name attribute and a bare date', () => {
    expect(
      publishedDate(withHead('<meta name="article:published_time" content="2024-02-29">')),
    ).toBe('2024-02-29');
  });

  it('is null when missing or not a real date', () => {
    expect(publishedDate(withHead('<meta property="og:title" content="x">'))).toBeNull();
    expect(
      publishedDate(withHead('<meta property="article:published_time" content="yesterday">')),
    ).toBeNull();
    expect(
      publishedDate(withHead('<meta property="article:published_time" content="2025-02-30">')),
    ).toBeNull();
  });
});
