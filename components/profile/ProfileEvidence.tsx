import type { Profile } from '@/utils/dataset/types';
import { useDataset } from '@/components/profile/dataset-context';
import { formatDate } from '@/utils/dataset/display-date';

/** Every corpus sentence naming the entity, grouped by source article. */
export function ProfileEvidence({ profile }: { profile: Profile }) {
  const { document } = useDataset();
  if (profile.evidence.length === 0) return null;
  const docs = [...new Set(profile.evidence.map((span) => span.doc))];
  return (
    <section aria-labelledby="evidence-heading">
      <h3 id="evidence-heading">
        Evidence ({profile.evidence.length}{' '}
        {profile.evidence.length === 1 ? 'sentence' : 'sentences'})
      </h3>
      {docs.map((doc) => {
        const article = document(doc);
        const spans = profile.evidence.filter((span) => span.doc === doc);
        return (
          <details class="article-evidence" key={doc}>
            <summary>
              <cite>{article?.title ?? doc}</cite>
              {article && (
                <span class="source">
                  {' '}
                  — {article.publisher}, {formatDate(article.published, 'short')}
                </span>
              )}{' '}
              <span class="count">{spans.length}</span>
            </summary>
            <ul class="evidence-list">
              {spans.map((span) => (
                <li key={`${span.sentence}-${span.start}`}>{span.text}</li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
