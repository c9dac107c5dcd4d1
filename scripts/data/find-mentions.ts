/** Every mention of every registry entity in one corpus document, found by the recognition core. */
import type { CorpusDoc } from '@/scripts/data/read-inputs';
import { compileRecognizer, type Mention, supportedMentions } from '@/utils/recognition';
import type { MatcherEntity } from '@/utils/recognition/types';

export type MentionFinder = (doc: CorpusDoc) => Mention[];

/**
 * The same matcher the content script runs, so bare surnames after a full name count too, and an
 * ambiguous acronym only in an article that names some entity otherwise.
 */
export function mentionFinder(entities: readonly MatcherEntity[]): MentionFinder {
  const recognizer = compileRecognizer(entities);
  return (doc) => supportedMentions(recognizer.scan(doc.text));
}
