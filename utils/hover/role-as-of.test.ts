import { describe, expect, it } from 'vitest';
import type { Role } from '@/utils/dataset/types';
import { roleAsOf } from '@/utils/hover/role-as-of';

function role(title: string, asOf: string): Role {
  return { title, asOf, source: { doc: 'doc.txt', sentence: 0, text: title, start: 0, end: 1 } };
}

const roles = [
  role('Vice Foreign Minister', '2017-12-15'),
  role('Foreign Minister', '2019-12-13'),
  role('First Vice Foreign Minister', '2019-04'),
];

describe('roleAsOf', () => {
  it('shows the latest known role when the page gives no date', () => {
    expect(roleAsOf(roles, null)).toEqual({ role: roles[1], basis: 'latest' });
  });

  it('shows the latest role attested on or before the article date', () => {
    expect(roleAsOf(roles, '2019-06-01')).toEqual({ role: roles[2], basis: 'as-of' });
    expect(roleAsOf(roles, '2019-12-13')).toEqual({ role: roles[1], basis: 'as-of' });
    expect(roleAsOf(roles, '2018-01-01')).toEqual({ role: roles[0], basis: 'as-of' });
  });

  it('treats a role known only by month or year as held from its first day', () => {
    expect(roleAsOf(roles, '2019-04-01')).toEqual({ role: roles[2], basis: 'as-of' });
    expect(roleAsOf(roles, '2019-03-31')).toEqual({ role: roles[0], basis: 'as-of' });
  });

  it('falls back to the earliest role when every role is attested after the article', () => {
    expect(roleAsOf(roles, '2010-05-05')).toEqual({ role: roles[0], basis: 'later' });
  });

  it('keeps the dataset order between roles of the same date', () => {
    const same = [role('Member of the Politburo', '2019-12-13'), role('Minister', '2019-12-13')];
    expect(roleAsOf(same, null)?.role.title).toBe('Member of the Politburo');
    expect(roleAsOf(same, '2020-01-01')?.role.title).toBe('Member of the Politburo');
  });

  it('has nothing to show for an entity without roles', () => {
    expect(roleAsOf([], '2019-12-13')).toBeUndefined();
  });
});
