/**
 * Shared vocabulary of the recognition core. Pure types: no DOM, no browser APIs.
 */

/** What kind of thing an entity is. */
export type EntityType = 'person' | 'organisation' | 'forum' | 'programme';

/**
 * How prominently an entity is shown and which highlight it gets:
 * - `official`: a North Korean official (person, primary entry);
 * - `forum`: a forum, party or state organ, agency or meeting where North Korea acts (primary entry);
 * - `context`: every other person, institution or programme the corpus names.
 */
export type Category = 'official' | 'forum' | 'context';

export const CATEGORIES: readonly Category[] = ['official', 'forum', 'context'];

/** One entity as the matcher needs it: identity plus every spelling to recognise. */
export interface MatcherEntity {
  id: string;
  name: string;
  type: EntityType;
  category: Category;
  /** Latin-script names and spelling variants, canonical name included. */
  aliases: string[];
  /** Acronyms matched case-sensitively ("SPA", "KCNA"). */
  acronyms: string[];
  /** Hangul spellings ("최선희"). */
  hangul: string[];
  /** For people: the family name as written in `name` ("Choe"), used for back-references. */
  surname?: string;
  /**
   * Acronyms that mean something else outside this subject ("CNN"): a page counts them only when
   * it names some entity otherwise (see `Mention.ambiguous`).
   */
  ambiguousAcronyms?: string[];
  /**
   * For people: the titles of their roles, as the dataset words them ("Vice Foreign Minister"). A
   * bare surname after the same office ("Vice Minister Kim") refers to them, though the page gave
   * them no title.
   */
  titles?: string[];
}

/** One recognised mention. Offsets are UTF-16 indices into the scanned text; `text === input.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  id: string;
  name: string;
  type: EntityType;
  /** True when a bare surname ("Kim said", "Mr. Choe") was resolved to an earlier full mention. */
  backref: boolean;
  /**
   * True for a name that means something else outside this subject: an ambiguous acronym ("CNN",
   * "SPA") or a generic name ("General Assembly", "Foreign Ministry", "Workers' Party"). It counts
   * only where the text names some entity otherwise (see `namesTheSubject`).
   */
  ambiguous: boolean;
}
