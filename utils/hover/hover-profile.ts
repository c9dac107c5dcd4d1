/**
 * One profile as the background hands it to the popover: the content script bundles only what
 * the matcher needs, and asks for the rest when a reader starts to rest on a name.
 */
import type { LensData, LensEntity } from '@/utils/dataset/types';
import type { SourceDocument } from '@/utils/hover/citation';

/** What the card and its citation read of an entity. */
export type CardEntity = Pick<
  LensEntity,
  'id' | 'type' | 'name' | 'northKorean' | 'hangul' | 'roles' | 'summary' | 'excerpt'
>;

export interface HoverProfile {
  entity: CardEntity;
  /** The name of each organisation the entity's roles belong to, by entity id. */
  organisations: Record<string, string>;
  /** The corpus article the excerpt comes from; null when the dataset does not describe it. */
  source: SourceDocument | null;
}

/** The background's lookup over the dataset it imports: the profile of an id, or null. */
export function profileLookup(data: LensData): (id: string) => HoverProfile | null {
  const entities = new Map(data.entities.map((entity) => [entity.id, entity]));
  const documents = new Map(data.documents.map((document) => [document.doc, document]));
  return (id) => {
    const entity = entities.get(id);
    if (entity === undefined) return null;
    const organisations: Record<string, string> = {};
    for (const role of entity.roles) {
      const organisation = role.organisation && entities.get(role.organisation);
      if (organisation) organisations[organisation.id] = organisation.name;
    }
    const { type, name, northKorean, hangul, roles, summary, excerpt } = entity;
    return {
      entity: { id, type, name, northKorean, hangul, roles, summary, excerpt },
      organisations,
      source: documents.get(excerpt.doc) ?? null,
    };
  };
}
