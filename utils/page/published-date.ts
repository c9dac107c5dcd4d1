/** The article date a page declares in `<meta property="article:published_time">`. */

/** `YYYY-MM-DD` as written on the page (no time-zone shift), or null when absent or not a date. */
export function publishedDate(doc: Document): string | null {
  const meta = doc.querySelector(
    'meta[property="article:published_time" i], meta[name="article:published_time" i]',
  );
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(meta?.getAttribute('content') ?? '');
  if (match === null) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? (match[0] ?? '').trim() : null;
}
