import type { EntityType } from '@/utils/recognition/types';
import { formatDate } from '@/utils/dataset/display-date';
import { formatSource } from '@/utils/hover/citation';
import type { HoverProfile } from '@/utils/hover/hover-profile';
import { roleAsOf } from '@/utils/hover/role-as-of';

const TYPE_NAMES: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  forum: 'Forum',
  programme: 'Programme',
};

/** Everything the popover shows about one entity, as plain text ready to render. */
export interface ProfileCard {
  id: string;
  name: string;
  hangul: string | undefined;
  typeName: string;
  northKorean: boolean;
  role:
    | {
        title: string;
        /** The organisation the role belongs to, by name. */
        affiliation: string | undefined;
        /** When the role is known to hold, and how it was chosen. */
        note: string;
      }
    | undefined;
  summary: string;
  /** Absent on a card that only names the entity, when its profile could not be had. */
  excerpt: { kind: 'quote' | 'evidence'; text: string; source: string } | undefined;
}

/** Builds the popover content for a profile, choosing the role as of `articleDate` when given. */
export function profileCard(profile: HoverProfile, articleDate: string | null): ProfileCard {
  const { entity } = profile;
  const choice = roleAsOf(entity.roles, articleDate);
  const organisation = choice?.role.organisation;
  const affiliation = organisation === undefined ? undefined : profile.organisations[organisation];
  return {
    id: entity.id,
    name: entity.name,
    hangul: entity.hangul[0],
    typeName: TYPE_NAMES[entity.type],
    northKorean: entity.northKorean,
    role: choice && {
      title: choice.role.title,
      affiliation: affiliation === choice.role.title ? undefined : affiliation,
      note: roleNote(choice.basis, choice.role.asOf, articleDate),
    },
    summary: entity.summary,
    excerpt: {
      kind: entity.excerpt.kind,
      text: entity.excerpt.text.trim(),
      source: formatSource(profile.source, entity.excerpt.doc),
    },
  };
}

/**
 * The card for a name whose profile the background could not give: the name and type the page
 * knows, and why there is nothing more.
 */
export function unavailableCard(
  entity: { id: string; name: string; type: EntityType },
  reason: string,
): ProfileCard {
  return {
    id: entity.id,
    name: entity.name,
    hangul: undefined,
    typeName: TYPE_NAMES[entity.type],
    northKorean: false,
    role: undefined,
    summary: reason,
    excerpt: undefined,
  };
}

function roleNote(basis: 'as-of' | 'latest' | 'later', asOf: string, articleDate: string | null) {
  const attested = formatDate(asOf);
  if (basis === 'latest') return `Latest known role, reported ${attested}`;
  const article = formatDate(articleDate ?? '');
  return basis === 'as-of'
    ? `Role as of this article (${article}), reported ${attested}`
    : `Reported ${attested}, after this article (${article})`;
}
