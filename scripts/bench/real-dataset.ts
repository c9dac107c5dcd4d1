/**
 * The dataset the extension ships, as the benchmark reads it: the background's profiles
 * (`data/generated/lens.json`) and the content script's matcher data (`matcher.json`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LensData, MatcherData } from '@/utils/dataset/types';

export const LENS_JSON = path.resolve(import.meta.dirname, '../../data/generated/lens.json');
export const MATCHER_JSON = path.resolve(import.meta.dirname, '../../data/generated/matcher.json');

export function loadLensData(file = LENS_JSON): LensData {
  return loadEntities<LensData>(file);
}

export function loadMatcherData(file = MATCHER_JSON): MatcherData {
  return loadEntities<MatcherData>(file);
}

function loadEntities<T extends { entities: unknown[] }>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: run \`npm run data\` first`);
  }
  const data = JSON.parse(text) as T;
  if (!Array.isArray(data.entities) || data.entities.length === 0) {
    throw new Error(`${path.relative(process.cwd(), file)} holds no entities`);
  }
  return data;
}

/** Every spelling the extension recognises outright (bare surnames need context, so they are left out). */
export function allNames(data: LensData): string[] {
  const names = data.entities.flatMap((entity) => [
    ...entity.aliases,
    ...entity.acronyms,
    ...entity.hangul,
  ]);
  return [...new Set(names)];
}
