/**
 * The matcher's entities as the content script bundles them: one string, an entity per line, its
 * fields separated by tabs (id, name, type, category, surname key or nothing, then every
 * reading). A page compiles a string literal far faster than the objects it would otherwise
 * parse at startup, and reads the entities out of it a few at a time while it builds the trie.
 */
import type { MatcherData, MatcherRecord } from '@/utils/dataset/types';
import type { Category, EntityType } from '@/utils/recognition/types';

/** `MatcherData` as the content script bundles it. */
export interface MatcherText {
  schemaVersion: MatcherData['schemaVersion'];
  entities: string;
}

const ENTITY_END = '\n';
const FIELD_END = '\t';
/** id, name, type, category, surname key: the fields before the readings. */
const FIXED_FIELDS = 5;

export function encodeMatcherText(entities: readonly MatcherRecord[]): string {
  return entities
    .map((entity) => {
      const fields = [
        entity.id,
        entity.name,
        entity.type,
        entity.category,
        entity.surnameKey ?? '',
        ...entity.readings,
      ];
      for (const field of fields) {
        if (field.includes(FIELD_END) || field.includes(ENTITY_END))
          throw new Error(`${entity.id}: a tab or line break in ${JSON.stringify(field)}`);
      }
      if (entity.readings.length === 0) throw new Error(`${entity.id}: no reading`);
      return fields.join(FIELD_END);
    })
    .join(ENTITY_END);
}

/** The entities of `text` in order, each read only when asked for. */
export function* readMatcherText(text: string): Generator<MatcherRecord, void, undefined> {
  for (let start = 0; start < text.length;) {
    const found = text.indexOf(ENTITY_END, start);
    const end = found === -1 ? text.length : found;
    const fields = text.slice(start, end).split(FIELD_END);
    if (fields.length <= FIXED_FIELDS) throw new Error(`Not a matcher entity: ${fields.join(' ')}`);
    const entity: MatcherRecord = {
      id: fields[0]!,
      name: fields[1]!,
      type: fields[2] as EntityType,
      category: fields[3] as Category,
      readings: fields.slice(FIXED_FIELDS),
    };
    if (fields[4] !== '') entity.surnameKey = fields[4];
    yield entity;
    start = end + ENTITY_END.length;
  }
}
