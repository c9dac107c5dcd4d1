/**
 * The recognition core set up for one page: its trie built from the bundled matcher data (read
 * at build time), one back-reference state per article.
 */
import type { RunRecognizer } from '@/utils/page/page-lens';
import type { MatcherData, MatcherRecord } from '@/utils/dataset/types';
import { createBackrefState, loadRecognizer, type Recognizer } from '@/utils/recognition';
import type { Category } from '@/utils/recognition/types';

export interface LensRecognizer extends RunRecognizer {
  categoryOf(id: string): Category | undefined;
  /** The bundled entity of that id: its name, type and category. */
  entityOf(id: string): MatcherRecord | undefined;
}

export function createLensRecognizer(data: MatcherData): LensRecognizer {
  const entities = new Map(data.entities.map((entity) => [entity.id, entity]));
  // Built by the first scan, which runs in an idle slice, not while the page is starting up.
  let recognizer: Recognizer | undefined;
  let backrefs = createBackrefState();
  return {
    scan: (text) => (recognizer ??= loadRecognizer(data.entities)).scan(text, { backrefs }),
    reset() {
      backrefs = createBackrefState();
    },
    categoryOf: (id) => entities.get(id)?.category,
    entityOf: (id) => entities.get(id),
  };
}
