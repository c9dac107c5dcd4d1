/**
 * Some names mean something else outside this subject: acronyms ("CNN", a neural network; "SPA", a
 * single-page app) and generic names ("General Assembly", a state legislature; "Foreign Ministry",
 * any country's; "Workers' Party", Brazil's). A text counts them only when it names the subject:
 * when it names some entity otherwise, by a full name, a surname after one, Hangul or an acronym
 * that is not ambiguous.
 */
import type { Mention } from '@/utils/recognition/types';

type Flagged = Pick<Mention, 'ambiguous'>;

/** Whether some of these mentions is not ambiguous. */
export function namesTheSubject(mentions: readonly Flagged[]): boolean {
  return mentions.some((mention) => !mention.ambiguous);
}

/**
 * The mentions a text supports on its own: all of them when it names the subject, else all but
 * its ambiguous ones.
 */
export function supportedMentions<T extends Flagged>(mentions: readonly T[]): T[] {
  return namesTheSubject(mentions)
    ? [...mentions]
    : mentions.filter((mention) => !mention.ambiguous);
}
