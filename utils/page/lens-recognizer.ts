/** The recognition core set up for one page: compiled from the bundled dataset, one back-reference state per article. */
import type { RunRecognizer } from '@/utils/page/page-lens';
import type { LensData } from '@/utils/dataset/types';
import { compileRecognizer, createBackrefState } from '@/utils/recognition';
import type { Category, MatcherEntity } from '@/utils/recognition/types';

export interface LensRecognizer extends RunRecognizer {
  categoryOf(id: string): Category | undefined;
}

export function createLensRecognizer(data: LensData): LensRecognizer {
  const entities: MatcherEntity[] = data.entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    category: entity.category,
    aliases: entity.aliases,
    acronyms: entity.acronyms,
    hangul: entity.hangul,
    ...(entity.surname === undefined ? {} : { surname: entity.surname }),
  }));
  const categories = new Map(data.entities.map((entity) => [entity.id, entity.category]));
  const recognizer = compileRecognizer(entities);
  let backrefs = createBackrefState();
  return {
    scan: (text) => recognizer.scan(text, { backrefs }),
    reset() {
      backrefs = createBackrefState();
    },
    categoryOf: (id) => categories.get(id),
  };
}
