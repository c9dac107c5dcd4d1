/**
 * The recognition core set up for one page: its trie built from the bundled matcher text (read
 * at build time), one back-reference state per article.
 */
import type { ReadingMark, RunRecognizer } from '@/utils/page/page-lens';
import { type MatcherText, readMatcherText } from '@/utils/dataset/matcher-text';
import type { MatcherRecord } from '@/utils/dataset/types';
import {
  type BackrefState,
  copyBackrefState,
  createBackrefState,
  type Recognizer,
  type RecognizerLoader,
  startRecognizer,
} from '@/utils/recognition';
import type { Category } from '@/utils/recognition/types';

/** What the page knows of a bundled entity besides its readings. */
export type BundledEntity = Omit<MatcherRecord, 'readings'>;

export interface LensRecognizer extends RunRecognizer {
  categoryOf(id: string): Category | undefined;
  /** The bundled entity of that id: its name, type and category. */
  entityOf(id: string): BundledEntity | undefined;
}

/** Readings added to the trie per step: a few milliseconds of work. */
const READINGS_PER_STEP = 1000;

/** `data`: the bundled matcher data, its entities as the text `encodeMatcherText` wrote. */
export function createLensRecognizer(data: MatcherText): LensRecognizer {
  const entities = new Map<string, MatcherRecord>();
  function* read(bundled: Iterable<MatcherRecord>): Generator<MatcherRecord, void, undefined> {
    for (const entity of bundled) {
      entities.set(entity.id, entity);
      yield entity;
    }
  }
  // Read and built in the first scan slices, not while the page is starting up, a part per step.
  let loader: RecognizerLoader | undefined;
  let recognizer: Recognizer | undefined;
  const prepare = (readings: number): Recognizer | undefined => {
    if (loader === undefined) {
      const content = readMatcherText(data.entities);
      loader = startRecognizer({ units: content.units, entities: read(content.entities) });
    }
    recognizer ??= loader.step(readings);
    return recognizer;
  };
  /** Every entity, read at once if the scan has not read them all yet. */
  const loaded = (): Map<string, MatcherRecord> => {
    prepare(Infinity);
    return entities;
  };
  let backrefs = createBackrefState();
  return {
    prepare: () => prepare(READINGS_PER_STEP) !== undefined,
    scan: (text) => prepare(Infinity)!.scan(text, { backrefs }),
    reset() {
      backrefs = createBackrefState();
    },
    mark: () => copyBackrefState(backrefs) as unknown as ReadingMark,
    resume(mark) {
      backrefs = copyBackrefState(mark as unknown as BackrefState);
    },
    categoryOf: (id) => loaded().get(id)?.category,
    entityOf: (id) => loaded().get(id),
  };
}
