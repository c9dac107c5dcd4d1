import type { LensData } from '@/utils/dataset/types';
import { formatDate } from '@/utils/dataset/display-date';
import type { HoverProfile } from '@/utils/hover/hover-profile';

export type SourceDocument = LensData['documents'][number];

/** "Title, Publisher, 13 December 2019"; the corpus file name when the document is unknown. */
export function formatSource(doc: SourceDocument | null, fallback: string): string {
  if (doc === null) return fallback;
  return [doc.title, doc.publisher, formatDate(doc.published)].filter((part) => part).join(', ');
}

/**
 * The text "Copy citation" puts on the clipboard: the excerpt verbatim in quotation marks, then its
 * source article, publisher and date.
 */
export function formatCitation({ entity, source }: HoverProfile): string {
  const text = entity.excerpt.text.trim();
  const quoted = /^["“‘']/.test(text) ? text : `“${text}”`;
  return `${quoted}\n— ${formatSource(source, entity.excerpt.doc)}`;
}
