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
}

export function createBackrefState(): BackrefState {
  return { recent: new Map() };
}
