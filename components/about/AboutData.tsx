import { useDataset } from '@/components/profile/dataset-context';
import { formatDate } from '@/utils/dataset/display-date';

/** The corpus articles the dataset was built from: metadata, and who each one names most. */
export function AboutData({ onOpenEntity }: { onOpenEntity: (id: string) => void }) {
  const { dataset, profile } = useDataset();
  return (
    <div class="about">
      <p>
        Every profile is built from these {dataset.documents.length} articles only, and every fact
        cites the sentence it comes from. {dataset.profiles.length} people, forums and organisations
        are covered.
      </p>
      <ol class="articles">
        {dataset.documents.map((article) => {
          const counts = Object.entries(article.entityCounts).sort((a, b) => b[1] - a[1]);
          const mentions = counts.reduce((sum, [, count]) => sum + count, 0);
          return (
            <li key={article.doc}>
              <article aria-labelledby={`article-${article.doc}`}>
                <h3 id={`article-${article.doc}`}>{article.title}</h3>
                <p class="source">
                  {article.publisher}
                  {article.author ? ` · ${article.author}` : ''} ·{' '}
                  <time dateTime={article.published}>{formatDate(article.published, 'short')}</time>
                  {article.dateBasis === 'inferred' && (
                    <span title={article.dateNote}>
                      {' '}
                      (date inferred{article.dateNote ? `: ${article.dateNote}` : ''})
                    </span>
                  )}
                  {' · '}
                  {article.language}
                </p>
                <p class="note">
                  {counts.length} entities, {mentions} mentions · <code>{article.doc}</code>
                </p>
                <ul class="chips">
                  {counts.slice(0, 8).map(([id, count]) => (
                    <li key={id}>
                      <button type="button" class="chip" onClick={() => onOpenEntity(id)}>
                        {profile(id)?.name ?? id} <span class="count">{count}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
