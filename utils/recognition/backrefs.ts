/**
 * Surname back-references: after "Kim Yo Jong", a bare "Kim" (or "Mr. Kim", "Kim's") refers to
 * her until another Kim is fully named; likewise a bare 외무성 after 일본 외무성 is Japan's. The
 * state lives outside one scan so that an article scanned block by block keeps it.
 */
import type { EntityType } from '@/utils/recognition/types';

export interface BackrefTarget {
  id: string;
  name: string;
  type: EntityType;
}

/** The most recent fully named person per surname key. Create one per article. */
export interface BackrefState {
  readonly recent: Map<string, BackrefTarget>;
  /**
   * Per surname, the titles the text gave people with that surname, and whom: the registry's
   * person, or null for someone it does not know. Korean gives them after the full name: 김 위원장
   * is Kim Jong Un after 김정은 국무위원장 even once 김여정 부부장 is named; after 김동엽 교수, 김 교수
   * is nobody the extension knows. English gives them before it: "Vice Minister Kim" is Kim Son
   * Gyong after "Vice Foreign Minister Kim Son Gyong", though Kim Jong Un was named since.
   */
  readonly titled: Map<string, Map<string, BackrefTarget | null>>;
  /**
   * The bodies last named in Hangul as another country's (일본 외무성): until the text names
   * them otherwise (북한 외무성), their bare generic name (외무성) is that country's too.
   */
  readonly foreign: Set<string>;
}

export function createBackrefState(): BackrefState {
  return { recent: new Map(), titled: new Map(), foreign: new Set() };
}

/** A copy that goes its own way: the state where a reading stopped, kept to resume from. */
export function copyBackrefState(state: BackrefState): BackrefState {
  return {
    recent: new Map(state.recent),
    titled: new Map([...state.titled].map(([surname, titles]) => [surname, new Map(titles)])),
    foreign: new Set(state.foreign),
  };
}

/**
 * Notes that the person named in full with this surname bears these titles. `exact`: titles
 * looked up only as written (English ones), whose order then does not matter, so one already
 * given to this person is left in place.
 */
export function rememberTitles(
  state: BackrefState,
  surname: string,
  titles: readonly string[],
  person: BackrefTarget | null,
  exact = false,
): void {
  if (titles.length === 0) return;
  let known = state.titled.get(surname);
  if (!known) state.titled.set(surname, (known = new Map()));
  for (const title of titles) {
    if (exact && known.get(title) === person) continue;
    // Deleted first, so that the map's order is the order of the latest mentions.
    known.delete(title);
    known.set(title, person);
  }
}

/**
 * Hangul titles one person holds at once, so that each stands for the others where no one was
 * given the title itself: North Korea's leader is 총비서 (of the party), 국무위원장 and 위원장 (of
 * the State Affairs Commission).
 */
const ONE_HOLDER = new Set(['총비서', '국무위원장', '위원장']);

/**
 * Whom a surname and title refer to by the titles noted so far: the person given that title
 * most recently, or, for a Hangul title (`related`), that title or a longer or shorter one (위원장
 * for 국무위원장), whichever was given last, else another of the same holder's (위원장 for 총비서);
 * null for someone the registry does not know; undefined when no one was given such a title.
 */
export function titledPerson(
  state: BackrefState,
  surname: string,
  title: string,
  related = true,
): BackrefTarget | null | undefined {
  const known = state.titled.get(surname);
  if (!known) return undefined;
  if (!related) return known.get(title);
  let found: BackrefTarget | null | undefined;
  let holder: BackrefTarget | null | undefined;
  for (const [given, person] of known) {
    if (given.endsWith(title) || title.endsWith(given)) found = person;
    else if (ONE_HOLDER.has(given) && ONE_HOLDER.has(title)) holder = person;
  }
  return found === undefined ? holder : found;
}
