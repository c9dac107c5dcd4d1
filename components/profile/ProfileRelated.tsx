import type { Profile } from '@/utils/dataset/types';
import { useDataset } from '@/components/profile/dataset-context';

/** Related entities and the ones named in the same sentences, each opening its own profile. */
export function ProfileRelated({
  profile,
  onOpenEntity,
}: {
  profile: Profile;
  onOpenEntity: (id: string) => void;
}) {
  const { profile: lookUp } = useDataset();
  const counts = new Map(profile.coMentions.map((co) => [co.id, co.count]));
  const ids = [...new Set([...profile.related, ...profile.coMentions.map((co) => co.id)])].filter(
    (id) => id !== profile.id && lookUp(id),
  );
  if (ids.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h3 id="related-heading">Related</h3>
      <ul class="chips">
        {ids.map((id) => (
          <li key={id}>
            <button type="button" class="chip" onClick={() => onOpenEntity(id)}>
              {lookUp(id)?.name}
              {counts.has(id) && (
                <span class="count" aria-label={`named together ${counts.get(id)} times`}>
                  {counts.get(id)}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
