/**
 * The recognition core set up for one page: its trie built from the bundled dataset's readings
 * (read at build time), one back-reference state per article.
 */
import type { RunRecognizer } from '@/utils/page/page-lens';
import type { LensData } from '@/utils/dataset/types';
import { createBackrefState, loadRecognizer, type Recognizer } from '@/utils/recognition';
import type { Category } from '@/utils/recognition/types';

export interface LensRecognizer extends RunRecognizer {
  categoryOf(id: string): Category | undefined;
}

export function createLensRecognizer(data: LensData): LensRecognizer {
  const categories = new Map(data.entities.map((entity) => [entity.id, entity.category]));
  // Built by the first scan, which runs in an idle slice, not while the page is starting up.
  let recognizer: Recognizer | undefined;
  let backrefs = createBackrefState();
  return {
    scan: (text) => (recognizer ??= loadRecognizer(data.entities)).scan(text, { backrefs }),
    reset() {
      backrefs = createBackrefState();
    },
    categoryOf: (id) => categories.get(id),
  };
}
