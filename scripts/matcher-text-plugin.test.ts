import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { matcherTextPlugin } from '@/scripts/matcher-text-plugin';
import { encodeMatcherText, type MatcherText } from '@/utils/dataset/matcher-text';
import type { MatcherData } from '@/utils/dataset/types';

const MATCHER_JSON = path.resolve(import.meta.dirname, '../data/generated/matcher.json');
const json = readFileSync(MATCHER_JSON, 'utf8');

type Transform = (this: unknown, code: string, id: string) => unknown;

function transform(code: string, id: string): unknown {
  return (matcherTextPlugin().transform as Transform).call({}, code, id);
}

describe('matcherTextPlugin', () => {
  it('turns matcher.json?text into JSON whose entities are the bundled text', () => {
    const result = transform(json, `${MATCHER_JSON}?text`) as { code: string };
    const data = JSON.parse(json) as MatcherData;
    expect(JSON.parse(result.code)).toStrictEqual({
      schemaVersion: data.schemaVersion,
      entities: encodeMatcherText(data.entities),
    } satisfies MatcherText);
  });

  it('encodes an emptied dataset as no text', () => {
    const result = transform('{"schemaVersion":1,"entities":[]}', `${MATCHER_JSON}?text`);
    expect(JSON.parse((result as { code: string }).code)).toEqual({
      schemaVersion: 1,
      entities: '',
    });
  });

  it('leaves every other import alone, matcher.json without the query too', () => {
    expect(transform(json, MATCHER_JSON)).toBeNull();
    expect(transform('{}', path.resolve(MATCHER_JSON, '../lens.json?text'))).toBeNull();
  });
});
