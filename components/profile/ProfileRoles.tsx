import type { Role } from '@/utils/dataset/types';
import { Cited } from '@/components/profile/Cited';
import { EntityButton } from '@/components/profile/EntityButton';
import { formatDate } from '@/utils/dataset/display-date';

export function ProfileRoles({
  roles,
  onOpenEntity,
}: {
  roles: Role[];
  onOpenEntity: (id: string) => void;
}) {
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="roles-heading">
      <h3 id="roles-heading">Roles</h3>
      <ul class="facts">
        {roles.map((role) => (
          <li key={`${role.title}-${role.source.doc}-${role.source.start}`}>
            <Cited source={role.source}>
              <p class="fact">
                <strong>{role.title}</strong>
                {role.organisation && (
                  <>
                    {', '}
                    <EntityButton id={role.organisation} onOpen={onOpenEntity} />
                  </>
                )}
                <span class="as-of"> · as of {formatDate(role.asOf, 'short')}</span>
              </p>
            </Cited>
          </li>
        ))}
      </ul>
    </section>
  );
}
