import type { PageEntities } from '@/utils/messaging/protocol';
import { useDataset } from '@/components/profile/dataset-context';
import { groupPageEntities } from '@/components/page/group-entities';
import { CATEGORY_LABELS } from '@/components/ui/labels';

interface Props {
  page: PageEntities;
  /** Called with the entity the reader picked. */
  onSelect: (id: string) => void;
  /** What picking an entity does, for the buttons' accessible names ("Show on page", "Open profile"). */
  actionLabel: string;
  /** When given, each entity also gets a button opening its profile. */
  onOpenProfile?: (id: string) => void;
}

/** The entities on a page, grouped, with mention counts. */
export function PageEntityList({ page, onSelect, actionLabel, onOpenProfile }: Props) {
  const { profile } = useDataset();
  const groups = groupPageEntities(page.entities, profile);
  if (groups.length === 0) {
    return (
      <p class="empty">
        No North Korean officials, forums or other dataset entries are named on this page.
      </p>
    );
  }
  return (
    <div class="page-entities">
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`group-${group.category}`}>
          <h3 id={`group-${group.category}`}>
            {CATEGORY_LABELS[group.category]}{' '}
            <span class="count" aria-label={`${group.entries.length} entries`}>
              {group.entries.length}
            </span>
          </h3>
          <ul class="entity-list">
            {group.entries.map(({ profile: entry, count }) => (
              <li key={entry.id}>
                <button
                  type="button"
                  class={`entity entity-${entry.category}`}
                  data-entity={entry.id}
                  aria-label={`${entry.name}, ${count} ${count === 1 ? 'mention' : 'mentions'}. ${actionLabel}`}
                  onClick={() => onSelect(entry.id)}
                >
                  <span class="entity-name">{entry.name}</span>
                  <span class="count">{count}</span>
                </button>
                {onOpenProfile && (
                  <button
                    type="button"
                    aria-label={`Profile of ${entry.name}`}
                    onClick={() => onOpenProfile(entry.id)}
                  >
                    Profile
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
