/**
 * Deterministic news-like English prose about North Korean diplomacy, naming the given
 * entities the way articles do: full names and their variants, acronyms, and bare surnames
 * after a first full mention. Paragraphs keep track of which words are names, so a page
 * generator can wrap some of them in links or emphasis.
 */
import type { MatcherEntity } from '@/utils/recognition/types';
import { seededRandom, type Random } from '@/scripts/bench/random';

/** A run of prose; `entityId` is set when the run is a name of that entity. */
export interface Segment {
  text: string;
  entityId?: string;
}

export type Paragraph = Segment[];

export interface NewsOptions {
  seed: number;
  /** Stop once the prose reaches this many UTF-16 code units. */
  length: number;
}

const TITLES = [
  'first vice minister',
  'director',
  'senior official',
  'spokesperson',
  'chairman',
  'department director',
  'deputy chief',
  'ambassador',
];

const CLAIMS = [
  'the country would bolster its war deterrent',
  'talks with Washington remained off the table',
  'the sanctions regime had failed',
  'the delegation would return to Pyongyang by the end of the week',
  'the joint drills were a rehearsal for invasion',
  'the two Koreas policy would not change',
  'cooperation with Moscow would deepen in every field',
  'the new economic plan was ahead of schedule',
  'the statement reflected the views of the leadership',
  'the satellite launch had been a complete success',
];

const FILLERS = [
  'Analysts in Seoul said the timing of the announcement was deliberate.',
  'The statement was carried by state media early on Tuesday.',
  'Diplomats at the United Nations declined to comment on the remarks.',
  'The meeting lasted nearly three hours, according to people familiar with it.',
  'Satellite imagery published last month showed new construction near the site.',
  'It was the third such statement in as many weeks.',
  'Markets in the region showed little reaction to the news.',
  'Observers noted that the language was unusually restrained.',
];

const CITIES = ['Pyongyang', 'Beijing', 'Moscow', 'New York', 'Geneva', 'Vladivostok', 'Hanoi'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function newsParagraphs(
  entities: readonly MatcherEntity[],
  options: NewsOptions,
): Paragraph[] {
  const people = entities.filter((entity) => entity.type === 'person');
  const bodies = entities.filter((entity) => entity.type !== 'person');
  if (people.length === 0 || bodies.length === 0) {
    throw new Error('News text needs at least one person and one organisation or forum');
  }
  const random = seededRandom(options.seed);
  const paragraphs: Paragraph[] = [];
  let length = 0;
  while (length < options.length) {
    const paragraph = newsParagraph(random, people, bodies);
    length += paragraphText(paragraph).length + 2;
    paragraphs.push(paragraph);
  }
  return paragraphs;
}

export function paragraphText(paragraph: Paragraph): string {
  return paragraph.map((segment) => segment.text).join('');
}

/** The prose as one string, paragraphs separated by blank lines. */
export function newsText(entities: readonly MatcherEntity[], options: NewsOptions): string {
  return newsParagraphs(entities, options).map(paragraphText).join('\n\n');
}

function newsParagraph(
  random: Random,
  people: readonly MatcherEntity[],
  bodies: readonly MatcherEntity[],
): Paragraph {
  const segments: Segment[] = [];
  const say = (text: string) => segments.push({ text });
  const name = (entity: MatcherEntity, text: string) =>
    segments.push({ text, entityId: entity.id });
  const sentences = random.int(2, 5);
  for (let i = 0; i < sentences; i++) {
    if (i > 0) say(' ');
    if (random.chance(0.35)) {
      say(random.pick(FILLERS));
      continue;
    }
    const speaker = random.pick(people);
    const body = random.pick(bodies);
    if (random.chance(0.6)) {
      name(speaker, random.pick(speaker.aliases.length > 0 ? speaker.aliases : [speaker.name]));
      say(`, ${random.pick(TITLES)} of the `);
      name(body, random.pick(body.aliases.length > 0 ? body.aliases : [body.name]));
      say(`, said on ${random.pick(DAYS)} that ${random.pick(CLAIMS)}.`);
      if (speaker.surname && random.chance(0.5)) {
        say(' ');
        name(speaker, speaker.surname);
        say(` added that ${random.pick(CLAIMS)}.`);
      }
    } else {
      say('The ');
      name(body, random.pick(body.aliases.length > 0 ? body.aliases : [body.name]));
      const acronym = body.acronyms[0];
      if (acronym) {
        say(' (');
        name(body, acronym);
        say(')');
      }
      say(
        ` met in ${random.pick(CITIES)} on ${random.pick(DAYS)} and said ${random.pick(CLAIMS)}.`,
      );
    }
  }
  return segments;
}
