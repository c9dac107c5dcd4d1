/**
 * The text a reader selected on the page, as the popup's first query: a name, a forum, a phrase.
 * A selection that cannot be a name (a paragraph, a whole page) is no query, so opening the
 * popup with one leaves the search box empty.
 */

/** Longest selection taken as a query, in characters after spaces are collapsed. */
export const MAX_SELECTION_QUERY = 64;
/** Most words a selection taken as a query may have ("Korean Central News Agency" has four). */
const MAX_WORDS = 8;

/** Quotation marks, brackets and trailing punctuation a selection drags along with a name. */
const EDGE_PUNCTUATION =
  /^[\s"'“”‘’«»「」『』()[\]{}<>.,;:!?…·*—–-]+|[\s"'“”‘’«»「」『』()[\]{}<>.,;:!?…·*—–-]+$/gu;

/** `selected` as a search query, or null when it is empty or too long to be a name. */
export function selectionQuery(selected: string): string | null {
  // Only the start is read: a selection of a whole page is no query whatever it holds.
  const head = selected.slice(0, MAX_SELECTION_QUERY * 4);
  const query = head.replace(/\s+/gu, ' ').replace(EDGE_PUNCTUATION, '');
  if (!query || selected.length > head.length || query.length > MAX_SELECTION_QUERY) return null;
  if (query.split(' ').length > MAX_WORDS) return null;
  return query;
}
