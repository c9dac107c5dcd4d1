/** Every mention of every registry entity in one corpus document, as the data build counts them. */
import type { CorpusDoc } from '@/scripts/data/read-inputs';
import { verbatimMentions } from '@/scripts/data/verbatim-mentions';
import { compileRecognizer, type Mention } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';

export type MentionFinder = (doc: CorpusDoc) => Mention[];

/** The recognition core's mentions, plus verbatim hits of spellings it cannot match. */
export function mentionFinder(entities: readonly MatcherEntity[]): MentionFinder {
  const recognizer = compileRecognizer(entities);
  return (doc) => {
    const recognized = recognizer.scan(doc.text);
    return [...recognized, ...verbatimMentions(entities, doc.text, recognized)].sort(
      (a, b) => a.start - b.start,
    );
  };
}
