import type { Role } from '@/utils/dataset/types';
import { compareDates } from '@/utils/dataset/display-date';

export interface RoleChoice {
  role: Role;
  /**
   * `as-of`: the latest role attested on or before the article date;
   * `latest`: no article date, the most recently attested role;
   * `later`: every known role is attested after the article date, the earliest is shown.
   */
  basis: 'as-of' | 'latest' | 'later';
}

/**
 * The role to show beside a name: as of the article's date when the page declares one, else the
 * latest known. Among roles attested on the same date the dataset's order wins.
 */
export function roleAsOf(
  roles: readonly Role[],
  articleDate: string | null,
): RoleChoice | undefined {
  if (roles.length === 0) return undefined;
  if (articleDate === null) return { role: latest(roles), basis: 'latest' };
  const before = roles.filter((role) => compareDates(role.asOf, articleDate) <= 0);
  if (before.length > 0) return { role: latest(before), basis: 'as-of' };
  return { role: earliest(roles), basis: 'later' };
}

function latest(roles: readonly Role[]): Role {
  return roles.reduce((best, role) => (compareDates(role.asOf, best.asOf) > 0 ? role : best));
}

function earliest(roles: readonly Role[]): Role {
  return roles.reduce((best, role) => (compareDates(role.asOf, best.asOf) < 0 ? role : best));
}
