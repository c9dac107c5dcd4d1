/**
 * A deterministic synthetic registry of Korean-style people and organisations, with the
 * spelling variants a reader meets in the press, for measuring the matcher and search at a
 * scale (thousands of entities) far beyond the bundled dataset.
 */
import type { Category, MatcherEntity } from '@/utils/recognition/types';
import { GIVEN_SYLLABLES, SURNAMES, type Syllable } from '@/scripts/bench/korean-syllables';
import { seededRandom, type Random } from '@/scripts/bench/random';

const ORGANISATION_KINDS = [
  'Ministry of',
  'State Commission of',
  'Central Committee for',
  'Korean Committee for',
  'Department of',
  'Bureau of',
  'Academy of',
  'Institute of',
  'General Federation of',
  'National Council for',
];

const ORGANISATION_DOMAINS = [
  'Fisheries',
  'Land and Environment Protection',
  'Light Industry',
  'External Economic Relations',
  'Railways',
  'Atomic Energy Industry',
  'Public Health',
  'Physical Culture and Sports',
  'Cultural Relations',
  'Asia-Pacific Peace',
  'Space Technology',
  'Electronic Industry',
  'Chemical Industry',
  'Urban Management',
  'Forestry',
  'Maritime Transport',
  'Machine-Building Industry',
  'Metal Industry',
  'Coal Industry',
  'Agriculture',
  'Education',
  'Science and Technology',
  'Capital Construction',
  'Finance',
  'Labour',
  'Commerce',
  'Geology',
  'Hydro-Meteorology',
  'Crude Oil Industry',
  'Fine Arts',
];

const ORGANISATION_PLACES = [
  '',
  'Pyongyang Municipal',
  'North Hamgyong Provincial',
  'South Hamgyong Provincial',
  'North Phyongan Provincial',
  'South Phyongan Provincial',
  'North Hwanghae Provincial',
  'South Hwanghae Provincial',
  'Kangwon Provincial',
  'Jagang Provincial',
  'Ryanggang Provincial',
  'Rason City',
];

const MINOR_WORDS = new Set(['of', 'and', 'for', 'the']);

export interface SyntheticRegistryOptions {
  /** Total entities; four in five are people. */
  count: number;
  seed: number;
}

export function syntheticRegistry({ count, seed }: SyntheticRegistryOptions): MatcherEntity[] {
  const maxOrganisations =
    ORGANISATION_KINDS.length * ORGANISATION_DOMAINS.length * ORGANISATION_PLACES.length;
  const organisations = Math.min(Math.round(count / 5), maxOrganisations);
  const random = seededRandom(seed);
  return [
    ...syntheticPeople(count - organisations, random),
    ...syntheticOrganisations(organisations, random),
  ];
}

function syntheticPeople(count: number, random: Random): MatcherEntity[] {
  const maxPeople = SURNAMES.length * GIVEN_SYLLABLES.length ** 2;
  if (count > maxPeople)
    throw new Error(`At most ${maxPeople} distinct synthetic people, ${count} asked`);
  const seen = new Set<string>();
  const people: MatcherEntity[] = [];
  while (people.length < count) {
    const surname = random.pick(SURNAMES);
    const given = [random.pick(GIVEN_SYLLABLES), random.pick(GIVEN_SYLLABLES)];
    const name = `${surname.north} ${given.map((s) => s.north).join(' ')}`;
    if (seen.has(name)) continue;
    seen.add(name);
    people.push(person(people.length, surname, given, random.chance(0.7) ? 'official' : 'context'));
  }
  return people;
}

function person(
  index: number,
  surname: Syllable,
  given: Syllable[],
  category: Category,
): MatcherEntity {
  const [first, second] = given as [Syllable, Syllable];
  const name = `${surname.north} ${first.north} ${second.north}`;
  const aliases = [
    name,
    `${surname.north} ${first.north}-${second.north.toLowerCase()}`,
    `${surname.north} ${first.north}${second.north.toLowerCase()}`,
    `${surname.south} ${first.south}-${second.south.toLowerCase()}`,
  ];
  return {
    id: `synthetic-person-${index}`,
    name,
    type: 'person',
    category,
    aliases: [...new Set(aliases)],
    acronyms: [],
    hangul: [surname.hangul + first.hangul + second.hangul],
    surname: surname.north,
  };
}

function syntheticOrganisations(count: number, random: Random): MatcherEntity[] {
  const seenNames = new Set<string>();
  const seenAcronyms = new Set<string>();
  const organisations: MatcherEntity[] = [];
  while (organisations.length < count) {
    const place = random.pick(ORGANISATION_PLACES);
    const name = [place, random.pick(ORGANISATION_KINDS), random.pick(ORGANISATION_DOMAINS)]
      .filter(Boolean)
      .join(' ');
    if (seenNames.has(name)) continue;
    seenNames.add(name);
    const acronym = acronymOf(name);
    const uniqueAcronym = acronym.length >= 3 && !seenAcronyms.has(acronym);
    if (uniqueAcronym) seenAcronyms.add(acronym);
    organisations.push({
      id: `synthetic-organisation-${organisations.length}`,
      name,
      type: 'organisation',
      category: random.chance(0.5) ? 'forum' : 'context',
      aliases: [name, `DPRK ${name}`],
      acronyms: uniqueAcronym ? [acronym] : [],
      hangul: [],
    });
  }
  return organisations;
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => !MINOR_WORDS.has(word))
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}
