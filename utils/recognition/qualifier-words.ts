/**
 * What a capitalised word right before a generic name ("Security Council", "Foreign Ministry")
 * says of whose it is (see `qualifiedBefore` in name-shape.ts). Mid-sentence any capitalised
 * word qualifies it ("National Security Council", "Kentucky General Assembly"), a date never
 * does; opening a sentence, a bracket or a line, where every word is capitalised, only a
 * people's or a country's word does ("Chinese Foreign Ministry", "(Russian Foreign Ministry)"),
 * not "The", "Recent" or "Emergency".
 */

/** Dates: "Monday's Security Council meeting", "the January General Assembly session". */
const DATE_WORDS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  // As wire copy abbreviates them: "the parade on Sept. 3".
  'jan',
  'feb',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
]);

/** A people's adjective or a country's name: Russian, Chinese, British, Israeli, Kurdistan. */
const DEMONYM = /(?:an|ese|ish|i)$/;
/** Words of that shape that open sentences without saying whose a name is. */
const NOT_DEMONYMS = new Set(['an', 'can', 'i', 'than', 'these']);
/** Other words that make a body another government's: "National Security Council". */
const GOVERNMENTAL = new Set([
  'czech',
  'dutch',
  'federal',
  'french',
  'national',
  'presidential',
  'provincial',
  'state',
]);

/** True when `folded` (a word lowercased, diacritics stripped) is a date: it qualifies no body. */
export function isDateWord(folded: string): boolean {
  return DATE_WORDS.has(folded);
}

/** True when `folded`, opening a sentence before a generic name, makes it another's. */
export function qualifiesOpeningSentence(folded: string): boolean {
  if (NOT_DEMONYMS.has(folded)) return false;
  return DEMONYM.test(folded) || GOVERNMENTAL.has(folded);
}
