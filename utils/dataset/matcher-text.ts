/**
 * The matcher's entities as the content script bundles them: one string, the readings' units on
 * its first line, then an entity per line, its fields separated by tabs (id, name, type,
 * category, surname key or nothing, link words joined by spaces or nothing, owners joined by
 * `|` or nothing, Hangul surname or nothing, offices joined by `|` or nothing, then every
 * reading, coded against the units: see
 * utils/recognition/unit-codes.ts). A page compiles a string literal far faster than the objects
 * it would otherwise parse at startup, and reads the entities out of it a few at a time while it
 * builds the trie.
 */
import type { MatcherData, MatcherRecord } from '@/utils/dataset/types';
import type { Category, EntityType } from '@/utils/recognition/types';
// Relative: wxt.config.ts loads this file (through scripts/matcher-text-plugin.ts) with jiti,
// which knows no `@/` alias.
import { codeEntities } from '../recognition/unit-codes';

/** `MatcherData` as the content script bundles it. */
export interface MatcherText {
  schemaVersion: MatcherData['schemaVersion'];
  entities: string;
}

const ENTITY_END = '\n';
const FIELD_END = '\t';
const LINK_END = ' ';
const OWNER_END = '|';
/** id, name, type, category, surname key, links, owners, Hangul surname, offices: before the readings. */
const FIXED_FIELDS = 9;

export function encodeMatcherText(entities: readonly MatcherRecord[]): string {
  if (entities.length === 0) return '';
  for (const entity of entities) {
    const fields = [
      entity.id,
      entity.name,
      entity.type,
      entity.category,
      entity.surnameKey ?? '',
      entity.hangulSurname ?? '',
      ...entity.readings,
    ];
    for (const field of fields) {
      if (field.includes(FIELD_END) || field.includes(ENTITY_END))
        throw new Error(`${entity.id}: a tab or line break in ${JSON.stringify(field)}`);
    }
    for (const [list, end] of [
      [entity.links ?? [], LINK_END],
      [entity.owners ?? [], OWNER_END],
      [entity.offices ?? [], OWNER_END],
    ] as const) {
      for (const item of list) {
        if (item === '' || [end, FIELD_END, ENTITY_END].some((mark) => item.includes(mark)))
          throw new Error(`${entity.id}: cannot bundle ${JSON.stringify(item)}`);
      }
    }
    if (entity.readings.length === 0) throw new Error(`${entity.id}: no reading`);
  }
  const coded = codeEntities(entities);
  const lines = coded.entities.map((entity, index) =>
    [
      entity.id,
      entity.name,
      entity.type,
      entities[index]!.category,
      entity.surnameKey ?? '',
      (entity.links ?? []).join(LINK_END),
      (entity.owners ?? []).join(OWNER_END),
      entity.hangulSurname ?? '',
      (entity.offices ?? []).join(OWNER_END),
      ...entity.readings,
    ].join(FIELD_END),
  );
  return [coded.units.join(FIELD_END), ...lines].join(ENTITY_END);
}

/** The bundled text read back: its units, and its entities with their readings still coded. */
export interface MatcherTextContent {
  units: string[];
  /** The entities in order, each read only when asked for. */
  entities: Generator<MatcherRecord, void, undefined>;
}

export function readMatcherText(text: string): MatcherTextContent {
  const unitsEnd = text.indexOf(ENTITY_END);
  const unitsLine = unitsEnd === -1 ? text : text.slice(0, unitsEnd);
  return {
    units: unitsLine === '' ? [] : unitsLine.split(FIELD_END),
    entities: readEntities(text, unitsEnd === -1 ? text.length : unitsEnd + ENTITY_END.length),
  };
}

function* readEntities(text: string, from: number): Generator<MatcherRecord, void, undefined> {
  for (let start = from; start < text.length;) {
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
    if (fields[7] !== '') entity.hangulSurname = fields[7];
    if (fields[8] !== '') entity.offices = fields[8]!.split(OWNER_END);
    if (fields[6] !== '') {
      entity.links = fields[5]!.split(LINK_END);
      entity.owners = fields[6]!.split(OWNER_END);
    }
    yield entity;
    start = end + ENTITY_END.length;
  }
}
