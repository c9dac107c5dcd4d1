/**
 * Scale checks: a 5,000-entity registry and a megabyte of text, plus inputs built to be
 * pathological. They check results, not time: speed is measured by `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';
import { compileRecognizer } from '@/utils/recognition/recognizer';
import type { MatcherEntity } from '@/utils/recognition/types';

const SURNAMES = ['Kim', 'Ri', 'Pak', 'Choe', 'Jong', 'Kang', 'Han', 'Yun', 'Jang', 'Hwang'];
const SYLLABLES = ['Son', 'Hui', 'Yong', 'Ho', 'Chol', 'Su', 'Nam', 'Il', 'Myong', 'Gyong', 'Hyok'];

function syntheticRegistry(size: number): MatcherEntity[] {
  const entities: MatcherEntity[] = [];
  for (let index = 0; entities.length < size; index++) {
    const surname = SURNAMES[index % SURNAMES.length]!;
    const first = SYLLABLES[Math.floor(index / SURNAMES.length) % SYLLABLES.length]!;
    const second = SYLLABLES[Math.floor(index / 110) % SYLLABLES.length]!;
    const person = index % 4 !== 0;
    const name = person
      ? `${surname} ${first} ${second}`
      : `Committee ${index} for ${first} Affairs`;
    entities.push({
      id: `synthetic-${index}`,
      name: person && index >= 1210 ? `${name} ${index}` : name,
      type: person ? 'person' : 'organisation',
      category: 'context',
      aliases: [],
      acronyms: person ? [] : [`CF${index}`],
      hangul: [],
    });
  }
  return entities;
}

function megabyteOfNews(): string {
  const corpus = readdirSync('data/corpus')
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(`data/corpus/${file}`, 'utf8'))
    .join('\n\n');
  return corpus.repeat(Math.ceil(1_000_000 / corpus.length)).slice(0, 1_000_000);
}

describe('scale', { timeout: 60_000 }, () => {
  const entities = [...ENTITIES, ...syntheticRegistry(5000 - ENTITIES.length)];

  it('compiles 5,000 entities and finds the same mentions in a megabyte of news as 63 do', () => {
    const text = megabyteOfNews();
    const large = compileRecognizer(entities).scan(text);
    expect(large.length).toBeGreaterThan(1000);
    expect(large).toEqual(compileRecognizer(ENTITIES).scan(text));
  });

  it('gives every copy of text built to keep the matcher busy the same answer', () => {
    const recognizer = compileRecognizer(entities);
    // Per copy: where each mention starts in the copy, and whose it is.
    const inputs: [unit: string, copies: number, perCopy: [number, string][]][] = [
      ['Kim ', 250_000, []],
      // A whole name of three syllables, "Kim Son-hui", takes no more: the next "Kim" is not its.
      ['Kim-kim Son Kim Son-hui ', 40_000, [[12, 'synthetic-110']]],
      ['UN UN. UN, ', 90_000, []],
      ['최선희는 ', 200_000, [[0, 'choe-son-hui']]],
    ];
    for (const [unit, copies, perCopy] of inputs) {
      const found = recognizer.scan(unit.repeat(copies)).map((m) => `${m.start} ${m.id}`);
      const expected = Array.from({ length: copies }, (_, copy) =>
        perCopy.map(([offset, id]) => `${copy * unit.length + offset} ${id}`),
      ).flat();
      expect(found, unit).toEqual(expected);
    }
  });

  it('finds nothing in a megabyte-long word', () => {
    const recognizer = compileRecognizer(entities);
    for (const text of ['a'.repeat(1_000_000), 'sonhui'.repeat(160_000), '김'.repeat(1_000_000)]) {
      expect(recognizer.scan(text), text.slice(0, 20)).toEqual([]);
    }
    expect(recognizer.scan(`${'\u00ad'.repeat(500_000)}Kim`)).toEqual([]);
  });

  it('finds the same mentions in every copy of a repeated article', () => {
    const recognizer = compileRecognizer(ENTITIES);
    const article = 'Choe Son Hui spoke at the UNGA. Choe later met Kim Yo Jong; Kim said no.\n';
    const once = recognizer.scan(article).map((m) => [m.text, m.id, m.backref]);
    const many = recognizer.scan(article.repeat(1000)).map((m) => [m.text, m.id, m.backref]);
    expect(many).toEqual(Array.from({ length: 1000 }, () => once).flat());
  });
});
