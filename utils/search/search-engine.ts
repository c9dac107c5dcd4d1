/**
 * Search over the profiles as the reader types. A prefix pass finds every profile with a word
 * starting with the query (in any of its forms); when it finds fewer than asked for, Fuse scores
 * the profiles sharing the most trigrams with the query, on the index prebuilt at data build time,
 * to add spelling-tolerant matches. Prefix matches come before spelling-tolerant ones; within
 * each, North Korean officials and forums come before context entries when scores are close.
 * A query in Hangul is also matched letter by letter against the Hangul spellings, so that the
 * results follow a Korean reader's input method from the first letter (see hangul-letters.ts).
 */
import type { FuseIndex } from 'fuse.js';
import { SEARCH_OPTIONS, type SearchDoc } from '@/utils/search/fields';
import { createFuzzyPass } from '@/utils/search/fuzzy-pass';
import { hasHangul, spellOutHangul } from '@/utils/search/hangul-letters';
import { buildPrefixIndex, prefixMatches, type PrefixLevel } from '@/utils/search/prefix-index';
import { queryForms } from '@/utils/search/query-forms';
import { createRanking } from '@/utils/search/ranking';
import { searchableValues } from '@/utils/search/searchable-values';
import { buildTrigramIndex, nearestDocs } from '@/utils/search/trigram-index';

export interface SearchHit {
  id: string;
  name: string;
  /** 0 is a perfect match; the rank nudge is included. */
  score: number;
}

export type Search = (query: string, limit?: number) => SearchHit[];

export { RANK_SPREAD } from '@/utils/search/ranking';

const DEFAULT_LIMIT = 20;

/**
 * Score of a prefix match by level (exact, spelling start, spelling word, role or organisation
 * start, later word). Spellings stay within RANK_SPREAD of each other, so the rank decides between
 * them; roles and organisations score more than RANK_SPREAD above any spelling.
 */
const PREFIX_SCORES: Record<PrefixLevel, number> = [0, 0.01, 0.02, 0.2, 0.21];

/**
 * Added to a prefix match found only through another form of the query (its canonical
 * romanization), so what the reader typed comes first among close matches ("kim y": Kim Yo Jong
 * before Kim Ryong Nam, found through "kim ry").
 */
const OTHER_FORM_PENALTY = 0.005;

/** Added to Fuse's score (0–1), so spelling-tolerant matches come after every prefix match. */
const FUZZY_BASE = 0.4;

/** Fuse allows no error below three characters, so shorter queries only get the prefix pass. */
export const MIN_FUZZY_LENGTH = 3;

/** Fuse matches a pattern in chunks of at most this many characters (the bits of an integer). */
const FUSE_CHUNK = 32;

/**
 * Fuse's work on a profile for a query `length` characters long, in steps: for each value, each
 * chunk of the pattern and each number of errors it allows (one per 2.5 characters at the 0.4
 * threshold), one step per character of the value and of the chunk.
 */
export function fuseWork(profile: TextSize, length: number): number {
  const chunk = Math.min(length, FUSE_CHUNK);
  const errors = Math.floor((SEARCH_OPTIONS.threshold ?? 0.6) * chunk);
  const steps = profile.characters + profile.values * chunk;
  return steps * (errors + 1) * Math.ceil(length / FUSE_CHUNK);
}

export interface TextSize {
  /** Characters in all the profile's values. */
  characters: number;
  values: number;
}

/**
 * The Fuse work allowed per keystroke, over all query forms: about ten synthetic people (a dozen
 * romanizations each) for an 11-character query in two forms, one for a 48-character name.
 */
export const FUZZY_BUDGET = 60_000;

/**
 * The profiles Fuse scores, from `nearest` (best first): while their work fits in FUZZY_BUDGET,
 * and at least the first, so a long misspelled query still gets its nearest profile scored.
 */
export function withinFuzzyBudget(
  nearest: readonly number[],
  workOf: (position: number) => number,
): number[] {
  const chosen: number[] = [];
  let work = 0;
  for (const position of nearest) {
    work += workOf(position);
    if (chosen.length > 0 && work > FUZZY_BUDGET) break;
    chosen.push(position);
  }
  return chosen;
}

export function createSearch(
  docs: readonly SearchDoc[],
  index: FuseIndex<SearchDoc>,
  canonical: (name: string) => string,
): Search {
  const values = searchableValues(docs);
  const prefixIndex = buildPrefixIndex(values, docs.length);
  const letterIndex = buildPrefixIndex(
    values.flatMap((value) =>
      value.spellingOf.length > 0 && hasHangul(value.text)
        ? [{ text: spellOutHangul(value.text), spellingOf: value.spellingOf, contextOf: [] }]
        : [],
    ),
    docs.length,
  );
  const trigramIndex = buildTrigramIndex(values, docs.length);
  const fuzzyPass = createFuzzyPass(docs, index);
  const rank = createRanking(docs);
  const sizes = docs.map(textSize);

  return (query, limit = DEFAULT_LIMIT) => {
    const forms = queryForms(query, canonical);
    const scores = new Map<number, number>();
    forms.forEach((form, place) => {
      const penalty = place === 0 ? 0 : OTHER_FORM_PENALTY;
      for (const [position, level] of prefixMatches(prefixIndex, form))
        keepBest(scores, position, PREFIX_SCORES[level] + penalty);
    });
    const typed = forms[0];
    if (typed !== undefined && hasHangul(typed)) {
      for (const [position, level] of prefixMatches(letterIndex, spellOutHangul(typed)))
        keepBest(scores, position, PREFIX_SCORES[level] + OTHER_FORM_PENALTY);
    }
    const longest = Math.max(0, ...forms.map((form) => form.length));
    if (scores.size < limit && longest >= MIN_FUZZY_LENGTH) {
      // Twice the places left are considered, the nearest first, as far as the budget allows.
      const nearest = nearestDocs(
        trigramIndex,
        forms,
        2 * (limit - scores.size),
        new Set(scores.keys()),
      );
      const candidates = withinFuzzyBudget(nearest, (position) => {
        const size = sizes[position];
        return size ? fuseWork(size, longest) * forms.length : 0;
      });
      for (const [position, score] of fuzzyPass(candidates, forms))
        keepBest(scores, position, FUZZY_BASE + score);
    }
    return rank(scores, limit).map(({ position, score }) => {
      const doc = docs[position] as SearchDoc;
      return { id: doc.id, name: doc.name, score };
    });
  };
}

function keepBest(scores: Map<number, number>, position: number, score: number): void {
  const previous = scores.get(position);
  if (previous === undefined || score < previous) scores.set(position, score);
}

/** What Fuse reads in a profile: every value of every key. */
function textSize(doc: SearchDoc): TextSize {
  const values = [doc.name, ...doc.spellings, ...doc.hangul, ...doc.roles, ...doc.organisations];
  return {
    characters: values.reduce((total, value) => total + value.length, 0),
    values: values.length,
  };
}
