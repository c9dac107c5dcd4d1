/**
 * Some acronyms mean something else outside this subject ("CNN", a neural network; "SPA", a
 * single-page app). A text counts them only when it names the subject: when it names some entity
 * otherwise, by a name, a surname after one, Hangul or an acronym that is not ambiguous.
 */
import type { Mention } from '@/utils/recognition/types';

type Flagged = Pick<Mention, 'ambiguous'>;

/** Whether some of these mentions is not an ambiguous acronym. */
export function namesTheSubject(mentions: readonly Flagged[]): boolean {
  return mentions.some((mention) => !mention.ambiguous);
}

/**
 * The mentions a text supports on its own: all of them when it names the subject, else all but
 * its ambiguous acronyms.
 */
export function supportedMentions<T extends Flagged>(mentions: readonly T[]): T[] {
  return namesTheSubject(mentions)
    ? [...mentions]
    : mentions.filter((mention) => !mention.ambiguous);
}
