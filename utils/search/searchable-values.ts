/**
 * The distinct folded values the search looks in, each with the profiles it belongs to. Many
 * profiles share a value (a role, an organisation), so each is folded once and the indexes built
 * on these hold it once.
 */
import type { SearchDoc } from '@/utils/search/fields';
import { foldQuery } from '@/utils/search/query-forms';

export interface SearchableValue {
  /** Folded as queries are: lowercase ASCII or Hangul, words separated by single spaces. */
  text: string;
  /** Positions of the profiles having it as a name, spelling or Hangul spelling. */
  spellingOf: number[];
  /** Positions of the profiles having it as a role or organisation. */
  contextOf: number[];
}

export function searchableValues(docs: readonly SearchDoc[]): SearchableValue[] {
  const values = new Map<string, SearchableValue>();
  const at = (text: string): SearchableValue => {
    let value = values.get(text);
    if (!value) {
      value = { text, spellingOf: [], contextOf: [] };
      values.set(text, value);
    }
    return value;
  };
  const add = (list: number[], position: number) => {
    if (list[list.length - 1] !== position) list.push(position);
  };
  const foldedOnce = new Map<string, string>();
  const fold = (text: string): string => {
    let folded = foldedOnce.get(text);
    if (folded === undefined) {
      folded = foldQuery(text);
      foldedOnce.set(text, folded);
    }
    return folded;
  };
  docs.forEach((doc, position) => {
    // Spellings are folded by the data build (see SearchDoc).
    for (const text of [foldQuery(doc.name), ...doc.spellings, ...doc.hangul.map(foldQuery)])
      if (text.length > 0) add(at(text).spellingOf, position);
    for (const text of [...doc.roles, ...doc.organisations].map(fold))
      if (text.length > 0) add(at(text).contextOf, position);
  });
  return [...values.values()];
}
