/**
 * Splits a corpus article's plain text into the blocks of a readable page: paragraphs and the
 * short lines without closing punctuation (a question may close one) that read as subheadings. The headline (shown separately) is dropped
 * where the text repeats it, and so are lines with no letters (view counters, spacers).
 */

export type Block = { kind: 'paragraph' | 'heading'; text: string };

const SUBHEADING_MAX_LENGTH = 70;

function normalise(line: string): string {
  return line
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim()
    .toLowerCase();
}

/** The first non-empty line, the title of an article that has no manifest entry. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

export function articleBlocks(text: string, title: string): Block[] {
  const titleKey = normalise(title);
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /\p{L}/u.test(line))
    .filter((line) => normalise(line) !== titleKey && !normalise(line).endsWith(` ${titleKey}`))
    .map((line) => ({
      kind:
        line.length <= SUBHEADING_MAX_LENGTH && !/[.!:;,"”’)]$/.test(line)
          ? 'heading'
          : 'paragraph',
      text: line,
    }));
}
