/**
 * Surname back-references: after "Kim Yo Jong", a bare "Kim" (or "Mr. Kim", "Kim's") refers to
 * her until another Kim is fully named. The state lives outside one scan so that an article
 * scanned block by block keeps it.
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
   * Per Hangul surname, the titles the article gave someone the registry does not know, named in
   * full since the registry's person: after 김동엽 경남대 교수, 김 교수 is his, not Kim Jong Un's.
   */
  readonly otherTitles: Map<string, Set<string>>;
}

export function createBackrefState(): BackrefState {
  return { recent: new Map(), otherTitles: new Map() };
}

/** A copy that goes its own way: the state where a reading stopped, kept to resume from. */
export function copyBackrefState(state: BackrefState): BackrefState {
  return {
    recent: new Map(state.recent),
    otherTitles: new Map(
      [...state.otherTitles].map(([surname, titles]) => [surname, new Set(titles)]),
    ),
  };
}
