import type { SentenceRef } from '@/utils/dataset/types';
import { useDataset } from '@/components/profile/dataset-context';
import { formatDate } from '@/utils/dataset/display-date';

/** "Article title — Publisher, 13 Dec 2019": where a corpus sentence comes from. */
export function SourceLine({ source }: { source: SentenceRef }) {
  const article = useDataset().document(source.doc);
  if (!article) return <span class="source">{source.doc}</span>;
  return (
    <span class="source">
      <cite>{article.title}</cite> — {article.publisher}, {formatDate(article.published, 'short')}
    </span>
  );
}
