import type { LensData, LensEntity } from '@/utils/dataset/types';
import type { EntityType } from '@/utils/recognition/types';
import { formatDate } from '@/utils/dataset/display-date';
import { formatSource } from '@/utils/hover/citation';
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
  excerpt: { kind: 'quote' | 'evidence'; text: string; source: string };
}

/** Builds the popover content for `entity`, choosing the role as of `articleDate` when given. */
export function profileCard(
  entity: LensEntity,
  data: Pick<LensData, 'documents' | 'entities'>,
  articleDate: string | null,
): ProfileCard {
  const choice = roleAsOf(entity.roles, articleDate);
  const organisation = choice?.role.organisation;
  const affiliation =
    organisation === undefined
      ? undefined
      : (data.entities.find((candidate) => candidate.id === organisation)?.name ?? undefined);
  const doc = data.documents.find((candidate) => candidate.doc === entity.excerpt.doc);
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
      source: formatSource(doc, entity.excerpt.doc),
    },
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
