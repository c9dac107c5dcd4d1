/**
 * The forms a search query is tried in. Names reach the index folded to plain lowercase ASCII, and
 * readers type them in many romanizations, so one query becomes a few.
 */

/** Lowercase, accents stripped, punctuation and hyphens turned into spaces; Hangul is kept as is. */
export function foldQuery(query: string): string {
  return query
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The distinct, non-empty forms of `query` to search, both folded: as typed, and after `canonical`
 * maps romanization variants to one spelling ("choi sun hee" → "choe son hui").
 */
export function queryForms(query: string, canonical: (name: string) => string): string[] {
  const typed = query.trim();
  const forms = [foldQuery(typed), foldQuery(canonical(typed))];
  return [...new Set(forms.filter((form) => form.length > 0))];
}
