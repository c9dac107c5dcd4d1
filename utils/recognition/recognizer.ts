/**
 * The matcher: compiled once from the entity list, then one pass over each text.
 *
 * A scan tokenizes the text, walks the alias trie from every word, keeps the longest acceptable
 * match per starting word, resolves overlaps longest first, then goes through the text in order
 * resolving bare surnames against the people already fully named.
 */
import {
  type CompiledAlias,
  compileAlias,
  forEachSpelling,
  markedKey,
  mergeKeys,
  PERIOD,
  punctuationUnit,
  qualifies,
  unmarkedKey,
} from '@/utils/recognition/aliases';
import {
  type BackrefState,
  type BackrefTarget,
  createBackrefState,
  rememberTitles,
  titledPerson,
} from '@/utils/recognition/backrefs';
import { englishNamesakeAround } from '@/utils/recognition/english-namesakes';
import { officeOf, titleAfter, titleBefore } from '@/utils/recognition/english-titles';
import { foreignOwnerBefore } from '@/utils/recognition/hangul-owners';
import { isGivenNameFirst, namesakeAround } from '@/utils/recognition/hangul-namesakes';
import {
  foldHangulSyllable,
  isJoinedNoun,
  isParticleSequence,
  isSpokenEnding,
  looksLikeKoreanName,
  looksLikeShortKoreanName,
  titleOf,
} from '@/utils/recognition/hangul';
import {
  continuesName,
  creditedAt,
  countedAfter,
  extendsBody,
  extendsName,
  givenNameBefore,
  invertedName,
  invertedGapBefore,
  isFunctionWord,
  listsInvertedName,
  namedAsRelative,
  namedInPassing,
  namesPlace,
  namesAnother,
  namesFamily,
  ownedByAnother,
  type OwnerSets,
  qualifiedBefore,
  sameSentence,
  titlesAfter,
  yearAfter,
} from '@/utils/recognition/name-shape';
import { entityOwners, linkKeys, ownerKey } from '@/utils/recognition/owners';
import { NONE, Trie } from '@/utils/recognition/trie';
import { tokenize } from '@/utils/recognition/tokenize';
import type { MatcherEntity, Mention } from '@/utils/recognition/types';
import {
  AMBIGUOUS,
  type CodedEntities,
  codeEntities,
  GENERIC,
} from '@/utils/recognition/unit-codes';
import { foldLatin, UnitCache, type WordInTrie, type WordUnits } from '@/utils/recognition/units';
import { WordList } from '@/utils/recognition/word-list';

export interface ScanOptions {
  /** Back-reference state to read and update; pass the same one for every block of one article. */
  backrefs?: BackrefState;
}

export interface Recognizer {
  scan(text: string, options?: ScanOptions): Mention[];
}

interface Match {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The trie node the match ends at: its entity and claim flags. */
  node: number;
}

/**
 * One entity read into matching units, as the trie is built from it. The data build writes these
 * into the content script's dataset, so a page builds its trie without reading any alias.
 */
export interface PrecompiledEntity {
  id: string;
  name: string;
  type: MatcherEntity['type'];
  /**
   * Every reading of every spelling, units joined by spaces, each unit that continues the word of
   * the unit before it marked (`po +tin`), after the claim marks of a generic alias or an ambiguous
   * acronym (`!~security ~council`, `?=CNN`); or, as the page receives them, coded (see
   * unit-codes.ts). In the order they claim trie paths.
   */
  readings: string[];
  /** Units of the surname joined, for people whose surname is known. */
  surnameKey?: string;
  /**
   * For a person named surname first, the first syllable of their Hangul name, folded (김 for
   * 김정은): the surname Korean text writes alone before a title (김 위원장).
   */
  hangulSurname?: string;
  /**
   * For a forum or organisation with generic names: the link words after such a name that name
   * its owner, and the first word of each of its own owners (see owners.ts).
   */
  links?: string[];
  owners?: string[];
  /** For people: the offices of their roles, keyed as English titles are (see english-titles.ts). */
  offices?: string[];
}

interface CompiledEntity {
  target: BackrefTarget;
  person: boolean;
  surnameKey?: string;
  hangulSurname?: string;
  owners?: OwnerSets;
  /** A body of North Korea's own, by its owners (see `NORTH_KOREAN_OWNERS`). */
  northKorean: boolean;
  offices: readonly string[];
}

/**
 * The units of a person's surname, joined: as the registry gives it, else the first word of a
 * Korean-shaped name ("Kim Yo Jong" → kim).
 */
function surnameKey(entity: MatcherEntity, cache: UnitCache): string | undefined {
  if (entity.type !== 'person') return undefined;
  const words = tokenize(entity.surname ?? entity.name);
  if (entity.surname === undefined) {
    if (words.length < 2) return undefined;
    for (const word of words) if (!cache.of(word).syllabic) return undefined;
    words.length = 1;
  }
  const units: string[] = [];
  for (const word of words) units.push(...cache.of(word).units);
  return units.join(' ') || undefined;
}

const KOREAN_NAME = /^[\uac00-\ud7a3]{2,4}$/;
/** The prefix of a Korean ordinal (제1, "first"), and the number after it. */
const ORDINAL = '제';
const DIGITS = /^[0-9]+$/;

/**
 * The first syllable of a person's Hangul name, folded, when their Latin name starts with the
 * surname `key` ("Kim Jong Un", "Xi Jinping"; not "Vladimir Putin") and the Hangul name is one
 * word of two to four syllables.
 */
function hangulSurname(
  entity: MatcherEntity,
  key: string | undefined,
  cache: UnitCache,
): string | undefined {
  const hangul = entity.hangul[0];
  if (key === undefined || hangul === undefined || !KOREAN_NAME.test(hangul)) return undefined;
  const first = tokenize(entity.name)[0];
  if (first === undefined || cache.of(first).units.join(' ') !== key) return undefined;
  return foldHangulSyllable(hangul.charAt(0));
}

/** Reads every spelling of every entity into units: the part of compiling done at build time. */
export function precompileEntities(entities: readonly MatcherEntity[]): PrecompiledEntity[] {
  const cache = new UnitCache();
  const links = linkKeys(cache);
  return entities.map((entity) => {
    const compiled: CompiledAlias[] = [];
    forEachSpelling(entity, (alias, kind) => compiled.push(compileAlias(alias, kind, cache)));
    // The units of every Latin and every Hangul alias, to find the ones another alias of the
    // same script qualifies ("Security Council", 안보리 beside 유엔안보리).
    const unitsOf = (kind: CompiledAlias['kind']) =>
      compiled.flatMap((alias) => (alias.kind === kind ? alias.keys.map(unmarkedKey) : []));
    const latin = unitsOf('alias');
    const hangul = unitsOf('hangul');
    const ambiguous = new Set(entity.ambiguousAcronyms);
    // Spellings often read the same ("Kim Jong-un", "Kim Jong Un"): each path is stored once,
    // with a word start wherever one of its spellings starts a word.
    const readings = new Map<string, string>();
    for (const alias of compiled) {
      for (const marked of alias.keys) {
        const units = unmarkedKey(marked);
        const generic =
          entity.type !== 'person' &&
          ((alias.kind === 'alias' && latin.some((other) => qualifies(other, units, links))) ||
            (alias.kind === 'hangul' && hangul.some((other) => qualifies(other, units, []))));
        const flags =
          (generic ? GENERIC : 0) |
          (alias.kind === 'acronym' && ambiguous.has(alias.alias) ? AMBIGUOUS : 0);
        const key = markedKey(marked, flags);
        const known = readings.get(units);
        readings.set(units, known === undefined ? key : mergeKeys(known, key));
      }
    }
    const key = surnameKey(entity, cache);
    const hangulKey = hangulSurname(entity, key, cache);
    const offices = [
      ...new Set((entity.titles ?? []).map(officeOf).filter((office) => office !== undefined)),
    ];
    const owners =
      entity.type === 'person'
        ? undefined
        : entityOwners(
            compiled.flatMap((alias) => (alias.kind === 'alias' ? [alias.alias] : [])),
            cache,
          );
    return {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      readings: [...readings.values()],
      ...(key === undefined ? {} : { surnameKey: key }),
      ...(hangulKey === undefined ? {} : { hangulSurname: hangulKey }),
      ...(key === undefined || offices.length === 0 ? {} : { offices }),
      ...(owners === undefined ? {} : owners),
    };
  });
}

export function compileRecognizer(entities: readonly MatcherEntity[]): Recognizer {
  return loadRecognizer(precompileEntities(entities));
}

/** The matcher over entities read at build time: builds the trie, reads nothing. */
export function loadRecognizer(entities: Iterable<PrecompiledEntity>): Recognizer {
  return startRecognizer(codeEntities(entities)).step(Infinity)!;
}

/** Builds the matcher's trie a part at a time, so that no single task builds all of it. */
export interface RecognizerLoader {
  /** Adds up to `readings` more readings to the trie; returns the matcher once all are in. */
  step(readings: number): Recognizer | undefined;
}

/**
 * `coded.entities` are taken one at a time as the steps reach them, so they may be read lazily
 * too.
 */
export function startRecognizer(coded: CodedEntities): RecognizerLoader {
  const trie = new Trie(coded.units);
  const source = coded.entities[Symbol.iterator]();
  const taken: PrecompiledEntity[] = [];
  let current = source.next();
  let reading = 0;
  let recognizer: Recognizer | undefined;
  return {
    step(readings) {
      // Entities claim their paths in order, as when the whole trie is built at once.
      for (let added = 0; added < readings && !current.done; added++) {
        const { readings: all } = current.value;
        if (reading < all.length) trie.add(all[reading]!, taken.length);
        if (++reading >= all.length) {
          taken.push(current.value);
          current = source.next();
          reading = 0;
        }
      }
      if (!current.done) return undefined;
      recognizer ??= recognizerOver(trie, taken);
      return recognizer;
    },
  };
}

/**
 * Owner words that make a body North Korea's own ("DPRK Foreign Ministry", "Korean Workers'
 * Party", "WPK Political Bureau"), as opposed to the UN's or China's: Korean news names the
 * foreign ones with their country (중국 전승절 열병식, 미국의 안보리 결의안), and North Korea's
 * own bodies with another country only when they are that country's (일본 외무성).
 */
const NORTH_KOREAN_OWNERS = ['DPRK', 'North', 'Korea', 'Korean', 'WPK', 'Pyongyang'];

/** The end of a ministry's, an office's or a party's name: 외교부, 국정원, 민주당, 국민의힘. */
const BODY_END = /(?:부|처|청|원|실|당|국민의힘)$/;

/** 전 ("former") and 현 ("current"), written between a surname and its title. */
const TENSES = new Set(['전', '현']);

/** What stands between a name and its Hangul gloss: "Kim Jong-un (김정은)". */
const GLOSS_OPENING = /^\s*[(（]\s*$/;

/** What `foreignBodies` gives a text that names none: no array made per text. */
const NO_FOREIGN_BODIES: readonly [number, string][] = [];

/** What `englishTitles` gives a name without titles: no array made per name. */
const NO_TITLES: readonly string[] = [];

/** Syllables of a Hangul name after which a title or a spoken ending may be joined to it. */
const JOINED_TITLE_NAME = 3;

/**
 * Whether the rest of `word`, after a Hangul name's last `syllables` syllables, leaves it the
 * name of a person (`person`) or a body: particles (김여정은, 최선희에게), the copula as speech
 * writes it (김정은이야, 최선희였나), or a title and particles as KCNA writes them (김정은동지께서,
 * 최선희외무상은); after a body's name, a noun such as 회의 (안보리회의에서). After a person's
 * name of two syllables a title or ending would as likely end a longer name (김성원장: 김성원 or
 * 김성 원장; 김성임), unless the name and the syllable after it make none (푸틴대통령, 뿌찐동지);
 * after a body's, a title names a post (유엔대사).
 */
function joinedAfterName(word: string, syllables: number, person: boolean): boolean {
  const rest = word.slice(syllables);
  if (isParticleSequence(rest)) return true;
  if (!person && isJoinedNoun(rest)) return true;
  if (titleOf(rest) === undefined && !isSpokenEnding(rest)) return false;
  if (syllables >= JOINED_TITLE_NAME) return true;
  return person && !looksLikeKoreanName(word.slice(0, syllables + 1));
}

/** The matcher over a complete trie of `entities`. */
function recognizerOver(trie: Trie, entities: readonly PrecompiledEntity[]): Recognizer {
  const cache = new UnitCache();
  const words = new WordList(cache);
  const northKoreanOwners = new Set(
    NORTH_KOREAN_OWNERS.map((owner) => ownerKey({ clean: owner, hangul: false }, cache)),
  );
  const isNorthKorean = (entity: PrecompiledEntity): boolean =>
    entity.owners?.some((owner) => northKoreanOwners.has(owner)) ?? false;
  const compiled: CompiledEntity[] = entities.map((entity) => ({
    target: { id: entity.id, name: entity.name, type: entity.type },
    person: entity.type === 'person',
    ...(entity.surnameKey === undefined ? {} : { surnameKey: entity.surnameKey }),
    ...(entity.hangulSurname === undefined ? {} : { hangulSurname: entity.hangulSurname }),
    offices: entity.offices ?? [],
    ...(entity.owners === undefined
      ? {}
      : {
          owners: {
            links: new Set(entity.links),
            owners: new Set(entity.owners),
            ...(isNorthKorean(entity) ? { home: northKoreanOwners } : {}),
          },
        }),
    northKorean: isNorthKorean(entity),
  }));

  /**
   * The surnames of the registry's people, as word keys and as Hangul syllables. Someone else's
   * full name with one of them takes it over even before the registry's person is named
   * ("Senator Andy Kim", then "Kim Jong Un": "Senator Kim" is the senator).
   */
  const surnames = new Set<string>();
  for (const entity of compiled) {
    if (entity.surnameKey !== undefined) surnames.add(entity.surnameKey);
    if (entity.hangulSurname !== undefined) surnames.add(entity.hangulSurname);
  }

  /** The last person's full name in the text being scanned, per surname key. */
  const named = new Map<string, Match>();
  /**
   * Where the text being scanned names a body of North Korea's as another country's (일본
   * 외무성), as pairs of word index and entity, in the order the matcher met them.
   */
  const foreignAt: number[] = [];

  /** Whether word `index` may be a registry person's surname, alone or starting a Hangul name. */
  function maySpellSurname(index: number): boolean {
    const word = words.units[index]!;
    return surnames.has(word.hangul ? word.units[0]! : word.key);
  }

  /** The word's units numbered by the trie, read once per word. */
  function inTrie(word: WordUnits): WordInTrie {
    if (word.inTrie === undefined) {
      const exact = trie.unitNumber(word.exact);
      const readings = word.readings.map((units) => units.map((unit) => trie.unitNumber(unit)));
      let starts = trie.child(trie.root, exact) !== NONE;
      for (const units of readings) starts ||= trie.child(trie.root, units[0]!) !== NONE;
      word.inTrie = { exact, readings, starts };
    }
    return word.inTrie;
  }

  /**
   * Whether the path ending at `node` after word `last` is a match. A person's name must end
   * there, and a one-word name must be capitalised ("Trump", not "a trump card"). No name may go
   * on into the name of another body or place ("UN Command", "Trump Tower"). A generic name
   * must not be qualified by a capitalised word before it ("National Security Council"), nor by
   * an owner other than its entity's after it ("Ministry of Foreign Affairs of Japan"). A body
   * of North Korea's, written in Hangul, must not follow another country's name (일본 외무성).
   * `joined`: the match ends inside its last word, before particles or a title joined to it.
   */
  function acceptable(first: number, last: number, node: number, joined = false): boolean {
    const entity = trie.entityAt(node);
    if (entity === NONE) return false;
    const { person, owners, northKorean, surnameKey, offices, target } = compiled[entity]!;
    // Written surname first with a comma, as sanctions lists and references list people: "KIM,
    // Son Gyong;", "Choe, Son Hui (2019)". Only a person's name, from its surname.
    if (first < last && invertedGapBefore(words, first + 1)) {
      if (surnameKey !== words.units[first]!.key || !listsInvertedName(words, last)) return false;
      // One syllable after a surname not in capitals is as likely the next surname of a list
      // ("Booked: Kim, Song."), but where a reference's year follows ("Kim, Song. 2021."; "KIM,
      // Song" is a sanctions list's).
      const oneSyllable = last === first + 1 && words.units[last]!.units.length === 1;
      if (oneSyllable && words.units[first]!.titleCase && !yearAfter(words, last)) return false;
    }
    if (!person) {
      if (extendsBody(words, last + 1) || countedAfter(words, last)) return false;
      // North Korea's body, written in Hangul after another country, is that country's: 일본 외무성.
      if (words.units[first]!.hangul) {
        if (!northKorean || !foreignOwnerBefore(words.text, words.start[first]!)) return true;
        foreignAt.push(first, entity);
        return false;
      }
      if (!trie.generic(node)) return true;
      return !qualifiedBefore(words, first, owners) && !ownedByAnother(words, last + 1, owners);
    }
    if (words.units[last]!.hangul) {
      const whole = !joined || looksLikeKoreanName(words.units[last]!.word);
      return !namesakeAround(words, first, last, offices, whole);
    }
    if (first === last && !words.units[first]!.capitalised) return false;
    // A given name before a one-word name makes it a relative's ("Ivanka Trump", "Eric Trump"),
    // unless it is the person's own ("Donald J. Trump").
    if (first === last) {
      const given = givenNameBefore(words, first);
      if (
        given !== undefined &&
        !foldLatin(target.name).startsWith(`${words.units[given]!.folded} `)
      ) {
        return false;
      }
    }
    if (first < last && englishNamesakeAround(words, first, last)) return false;
    return (
      !continuesName(words, last + 1, syllablesOf(first, last), last - first + 1) &&
      !extendsName(words, last + 1)
    );
  }

  /** Romanized syllables in words `first` to `last` ("President Xi" has none). */
  function syllablesOf(first: number, last: number): number {
    let count = 0;
    for (let index = first; index <= last; index++) {
      const word = words.units[index]!;
      if (word.syllabic) count += word.units.length;
    }
    return count;
  }

  /** The unit of an abbreviation's final period ("U.N."). */
  const periodUnit = trie.unitNumber(punctuationUnit(PERIOD));

  /** Trie nodes reached so far by `matchAt`, and the ones the next word reaches: reused. */
  let states: number[] = [];
  let reached: number[] = [];

  function swap(): void {
    const previous = states;
    states = reached;
    reached = previous;
  }

  /** Puts the nodes reached from `states[0, count)` by `unit` in `reached`; returns how many. */
  function step(count: number, unit: number): number {
    let added = 0;
    for (let index = 0; index < count; index++) {
      const next = trie.child(states[index]!, unit);
      if (next !== NONE) reached[added++] = next;
    }
    return added;
  }

  /** The longest acceptable match starting at word `first`. */
  function matchAt(text: string, first: number): Match | undefined {
    let best: Match | undefined;
    states[0] = trie.root;
    let count = 1;
    const start = words.start[first]!;
    for (let index = first; index < words.count; index++) {
      const word = words.units[index]!;
      const numbered = inTrie(word);
      if (index > first && words.before[index] === 'break') {
        let punctuated = false;
        for (let state = 0; state < count && !punctuated; state++) {
          punctuated = trie.punctuated(states[state]!);
        }
        if (punctuated) {
          const gap = text.slice(words.end[index - 1], words.start[index]);
          best = endingOnPeriod(first, index - 1, gap, count) ?? best;
          count = step(count, trie.unitNumber(punctuationUnit(gap)));
          swap();
        } else if (index !== first + 1 || !invertedGapBefore(words, index)) {
          // A comma after the first word may invert a person's name: "KIM, Son Gyong".
          break;
        }
      }
      // A lowercase word after a space may not take up the rest of an alias's word: "but in" is
      // not "Putin". Split into capitalised words it may ("Ha Noi" for "Hanoi").
      const mustStartWord =
        index > first && words.before[index] === 'space' && !word.hangul && !word.capitalised;
      let reachedCount = 0;
      for (let state = 0; state < count; state++) {
        const exact = trie.child(states[state]!, numbered.exact);
        if (exact !== NONE && (!mustStartWord || trie.startsWord(exact))) {
          reached[reachedCount++] = exact;
        }
        for (const units of numbered.readings) {
          let node = states[state]!;
          for (let unit = 0; unit < units.length && node !== NONE; unit++) {
            node = trie.child(node, units[unit]!);
            if (unit === 0 && mustStartWord && node !== NONE && !trie.startsWord(node)) node = NONE;
            const entity = node === NONE ? NONE : trie.entityAt(node);
            if (entity !== NONE && word.hangul && unit < units.length - 1) {
              const end = words.offsetOf(index, unit) + 1;
              if (
                (!best || best.end < end) &&
                joinedAfterName(word.word, unit + 1, compiled[entity]!.person) &&
                acceptable(first, index, node, true)
              ) {
                best = { first, last: index, start, end, node };
              }
            }
          }
          if (node !== NONE) reached[reachedCount++] = node;
        }
      }
      if (reachedCount === 0) break;
      const end = words.end[index]!;
      for (let state = 0; state < reachedCount; state++) {
        const node = reached[state]!;
        if ((!best || best.end < end) && acceptable(first, index, node)) {
          best = { first, last: index, start, end, node };
        }
      }
      swap();
      count = reachedCount;
      if (index === words.count - 1) {
        best = endingOnPeriod(first, index, text.slice(words.end[index]), count) ?? best;
      }
    }
    return best;
  }

  /**
   * A match of an alias that ends with an abbreviation's period ("U.N."), when `after`, the text
   * right after word `last`, starts with one: "U.N. sanctions", "U.N.-backed", "by the U.N.".
   * `states[0, count)` are the nodes reached after word `last`. Only if longer than `best`.
   */
  function endingOnPeriod(
    first: number,
    last: number,
    after: string,
    count: number,
  ): Match | undefined {
    if (after.charAt(0) !== PERIOD) return undefined;
    const end = words.end[last]! + 1;
    for (let state = 0; state < count; state++) {
      const node = trie.child(states[state]!, periodUnit);
      if (node !== NONE && acceptable(first, last, node)) {
        return { first, last, start: words.start[first]!, end, node };
      }
    }
    return undefined;
  }

  /** Words claimed by a chosen match while one text's matches are chosen; cleared after. */
  let taken = new Uint8Array(64);

  /** Non-overlapping matches, longest first, returned in text order. */
  function selectMatches(text: string): Match[] {
    const candidates: Match[] = [];
    for (let first = 0; first < words.count; first++) {
      const word = words.units[first]!;
      if (!inTrie(word).starts) continue;
      // A lowercase function word starts no name: "the" reads as the syllable of Thae, "a" as
      // the first of Asia, and walking on from every one of them is most of a page's dead ends.
      if (!word.capitalised && !word.hangul && isFunctionWord(word.folded)) continue;
      const match = matchAt(text, first);
      if (match) candidates.push(match);
    }
    if (candidates.length < 2) return candidates;
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    if (taken.length < words.count) taken = new Uint8Array(words.count * 2);
    const chosen: Match[] = [];
    for (const match of candidates) {
      let free = true;
      for (let index = match.first; index <= match.last && free; index++) free = !taken[index];
      if (!free) continue;
      taken.fill(1, match.first, match.last + 1);
      chosen.push(match);
    }
    for (const match of chosen) taken.fill(0, match.first, match.last + 1);
    return chosen.sort((a, b) => a.first - b.first);
  }

  /**
   * The person a bare surname at word `index` refers to, if any. Where the surname is part of the
   * full name of someone the registry does not know ("Kim Yung-ho", "Kim Kardashian", "Sung
   * Kim"), it is theirs from there on: a later bare "Kim" refers to nobody the extension knows.
   */
  function backrefAt(
    index: number,
    state: BackrefState,
    afterName: boolean,
  ): BackrefTarget | undefined {
    const word = words.units[index]!;
    if (word.hangul) {
      noteOtherKoreanName(index, state);
      return hangulBackrefAt(index, state);
    }
    if (!word.titleCase || isFunctionWord(word.folded)) {
      // A name in capitals, as UN meeting coverage writes speakers' (KIM SANG-JIN), is someone
      // else's too; its bare surname is not read.
      if (word.capitalised && surnames.has(word.key) && continuesName(words, index + 1)) {
        takeOver(word.key, index, lastGivenName(index), state);
      }
      return undefined;
    }
    const target = state.recent.get(word.key);
    if (!target && !surnames.has(word.key)) return undefined;
    if (invertedName(words, index)) {
      takeOver(word.key, index, index, state);
      return undefined;
    }
    // A syllable hyphenated before it makes it part of a given name ("Lee Myung-Bak"), unless
    // that syllable ends a name of its own ("the Putin-Kim summit").
    const previous = index > 0 ? words.units[index - 1] : undefined;
    if (previous?.syllabic && words.before[index] === 'hyphen' && !afterName) return undefined;
    if (target && pairedSurname(index + 1, state)) return byTitle(index, target, state);
    // A surname the article gave someone before is no given name: "the Park Kim meeting".
    const given = givenNameBefore(words, index);
    const takenOver =
      continuesName(words, index + 1) || namesAnother(words, index + 1)
        ? index
        : given !== undefined && !state.recent.has(words.units[given]!.key)
          ? given
          : undefined;
    if (takenOver !== undefined) {
      const last = takenOver === index ? lastGivenName(index) : index;
      // A place named after someone takes nothing over: "Kim Il Sung Square … Kim waves".
      if (!namesPlace(words, last + 1)) takeOver(word.key, takenOver, last, state);
      return undefined;
    }
    if (namesFamily(words, index + 1)) return undefined;
    return target && byTitle(index, target, state);
  }

  /**
   * Notes that words `first` to `last`, the full name of someone the registry does not know,
   * take their `surname` over, with the English titles given to them. Not a name in a photo credit
   * ("AP Photo/Lee Jin-man"), nor a relative's ("the daughter of Choe Yong-rim"), nor one given
   * in passing in the sentence of the registry's person with that surname ("Kim Yo Jong, the
   * sister of Kim Jong Un, … Kim added"): a later bare surname is still that person.
   */
  function takeOver(surname: string, first: number, last: number, state: BackrefState): void {
    if (creditedAt(words, first) || namedAsRelative(words, first)) return;
    const earlier = named.get(surname);
    if (earlier && sameSentence(words, earlier.last, first) && namedInPassing(words, first, last)) {
      return;
    }
    state.recent.delete(surname);
    rememberTitles(state, surname, englishTitles(first, last), null, true);
  }

  /** The last word of the given name after the surname at word `index` ("Kim Jong Il"). */
  function lastGivenName(index: number): number {
    let last = index + 1;
    if (continuesName(words, last + 1, words.units[last]!.units.length + 1, 2)) last++;
    return last;
  }

  /**
   * The English titles given to the name at words `first` to `last` (-1: its end is not known):
   * right before it ("Foreign Minister Choe Son Hui"), and in an apposition right after it
   * ("Kim Song, North Korea's ambassador to the UN").
   */
  function englishTitles(first: number, last: number): readonly string[] {
    if (words.units[first]!.hangul) return NO_TITLES;
    const before = titleBefore(words, first);
    const after = last < 0 ? undefined : titleAfter(words, last);
    if (before === undefined) return after === undefined ? NO_TITLES : [after];
    return after === undefined ? [before] : [before, after];
  }

  /**
   * Whom the bare surname at word `index` refers to when an English title stands before it: the
   * person the text gave that title ("Vice Minister Kim"); else `target`, the latest with the
   * surname.
   */
  function byTitle(
    index: number,
    target: BackrefTarget,
    state: BackrefState,
  ): BackrefTarget | undefined {
    const title = titleBefore(words, index);
    if (title === undefined) return target;
    const titled = titledPerson(state, words.units[index]!.key, title, false);
    return titled === undefined ? target : (titled ?? undefined);
  }

  /**
   * The person a Hangul surname standing alone at word `index` refers to: Korean writes one only
   * before a title (김 위원장은, 최 외무상이), and a syllable alone is often a word of its own
   * (이 문제는: "this issue").
   */
  function hangulBackrefAt(index: number, state: BackrefState): BackrefTarget | undefined {
    const word = words.units[index]!;
    if (word.word.length !== 1 || words.before[index + 1] !== 'space') return undefined;
    // A given name written first, as Korean writes Korean Americans': 성 김, 영 김, 앤디 김.
    if (index > 0 && words.before[index] === 'space' && isGivenNameFirst(words.at(index - 1)!)) {
      rememberTitles(state, word.key, titlesAfter(words, index, true), null);
      return undefined;
    }
    let title = index + 1;
    // An ordinal before the title: 제1부부장 reads as 제, 1, 부부장.
    if (words.at(title)?.word === ORDINAL && DIGITS.test(words.at(title + 1)?.word ?? '')) {
      title += 2;
    }
    // "Former" or "current" before the title: 문 전 대통령은, 리 전 외무상은.
    if (TENSES.has(words.at(title)?.word ?? '') && words.before[title + 1] === 'space') title++;
    const next = words.at(title);
    if (!next?.hangul || words.before[title] !== 'space') return undefined;
    const named = titleOf(next.word);
    if (named === undefined) return undefined;
    const titled = titledPerson(state, word.key, named);
    return titled === undefined ? state.recent.get(word.key) : (titled ?? undefined);
  }

  /**
   * Where word `index` is the full Korean name of someone the registry does not know, with a
   * registry person's surname, notes the titles it gives them (김동엽 경남대 극동문제연구소
   * 교수는): from there on, 김 교수 is theirs.
   */
  function noteOtherKoreanName(index: number, state: BackrefState): void {
    const word = words.units[index]!;
    if (!looksLikeKoreanName(word.word) && !shortNameBeforeTitle(index)) return;
    const surname = foldHangulSyllable(word.word.charAt(0));
    if (surnames.has(surname))
      rememberTitles(state, surname, titlesAfter(words, index, true), null);
  }

  /**
   * Whether word `index` is a Korean name of two syllables, as the body and title after it show:
   * 조현 외교부 장관은, 김건 국민의힘 의원은.
   */
  function shortNameBeforeTitle(index: number): boolean {
    const body = words.at(index + 1);
    const title = words.at(index + 2);
    return (
      looksLikeShortKoreanName(words.units[index]!.word) &&
      body?.hangul === true &&
      title?.hangul === true &&
      words.before[index + 1] === 'space' &&
      words.before[index + 2] === 'space' &&
      BODY_END.test(body.word) &&
      titleOf(title.word, true) !== undefined
    );
  }

  /**
   * Whether word `index`, right after a bare surname, is another surname the article gave someone,
   * standing alone: "the Park Kim meeting" names two people, not one called Park Kim.
   */
  function pairedSurname(index: number, state: BackrefState): boolean {
    const word = words.at(index);
    if (!word || !word.titleCase || words.before[index] !== 'space') return false;
    if (!state.recent.has(word.key)) return false;
    return !continuesName(words, index + 1) && !namesAnother(words, index + 1);
  }

  /**
   * The bodies the text being scanned names as another country's, as [word index, entity id]
   * in text order, each place once.
   */
  function foreignBodies(): readonly [number, string][] {
    if (foreignAt.length === 0) return NO_FOREIGN_BODIES;
    const found = new Map<number, string>();
    for (let at = 0; at < foreignAt.length; at += 2) {
      found.set(foreignAt[at]!, compiled[foreignAt[at + 1]!]!.target.id);
    }
    return [...found].sort((a, b) => a[0] - b[0]);
  }

  /** Whether `later` is the Hangul of `earlier`'s entity in brackets right after it. */
  function glosses(earlier: Match, later: Match): boolean {
    return (
      words.units[later.first]!.hangul &&
      trie.entityAt(earlier.node) === trie.entityAt(later.node) &&
      GLOSS_OPENING.test(words.text.slice(earlier.end, later.start))
    );
  }

  /** Whether the person's name `later` is given in passing in the sentence of `earlier`. */
  function namedAfterSubject(earlier: Match, later: Match): boolean {
    return (
      sameSentence(words, earlier.last, later.first) &&
      namedInPassing(words, later.first, later.last)
    );
  }

  function scan(text: string, options: ScanOptions = {}): Mention[] {
    const state = options.backrefs ?? createBackrefState();
    words.read(text);
    foreignAt.length = 0;
    const matches = selectMatches(text);
    const foreign = foreignBodies();
    let nextForeign = 0;
    let next = 0;
    named.clear();
    /** The last word of the last name matched. */
    let lastNamed = -1;
    const mentions: Mention[] = [];
    const mention = (
      start: number,
      end: number,
      target: BackrefTarget,
      backref: boolean,
      ambiguous: boolean,
    ) =>
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        id: target.id,
        name: target.name,
        type: target.type,
        backref,
        ambiguous,
      });
    /** The last match, to tell a gloss of it. */
    let previous: Match | undefined;
    for (let index = 0; index < words.count; index++) {
      while (nextForeign < foreign.length && foreign[nextForeign]![0] <= index) {
        state.foreign.add(foreign[nextForeign++]![1]);
      }
      const match = matches[next]?.first === index ? matches[next++] : undefined;
      if (match) {
        const entity = compiled[trie.entityAt(match.node)]!;
        const ambiguous = trie.ambiguous(match.node) || trie.generic(match.node);
        // After 일본 외무성, a bare 외무성 is Japan's too, until North Korea's is named otherwise.
        if (entity.northKorean) {
          const generic = trie.generic(match.node);
          if (!generic) state.foreign.delete(entity.target.id);
          else if (words.units[match.first]!.hangul && state.foreign.has(entity.target.id)) {
            index = match.last;
            continue;
          }
        }
        mention(match.start, match.end, entity.target, false, ambiguous);
        const glossed = previous !== undefined && glosses(previous, match);
        previous = match;
        lastNamed = match.last;
        // "Kim Jong-un (김정은)": the Hangul in brackets repeats the name, and names no one anew.
        if (glossed) {
          index = match.last;
          continue;
        }
        if (entity.surnameKey !== undefined) {
          rememberTitles(state, entity.surnameKey, entity.offices, entity.target, true);
          const titles = englishTitles(match.first, match.last);
          rememberTitles(state, entity.surnameKey, titles, entity.target, true);
          const earlier = named.get(entity.surnameKey);
          named.set(entity.surnameKey, match);
          // "Kim Yo Jong, the sister of leader Kim Jong Un, said": a later "Kim" is still hers.
          if (earlier && namedAfterSubject(earlier, match)) {
            index = match.last;
            continue;
          }
          state.recent.set(entity.surnameKey, entity.target);
        }
        if (entity.hangulSurname !== undefined) {
          state.recent.set(entity.hangulSurname, entity.target);
          // A name with a particle joined to it (김여정은) is given no title after it.
          if (words.units[match.last]!.hangul && match.end === words.end[match.last]) {
            const titles = titlesAfter(words, match.last);
            rememberTitles(state, entity.hangulSurname, titles, entity.target);
          }
        }
        index = match.last;
        continue;
      }
      if (state.recent.size === 0 && !maySpellSurname(index)) continue;
      const target = backrefAt(index, state, lastNamed === index - 1);
      if (target) mention(words.start[index]!, words.end[index]!, target, true, false);
    }
    return mentions;
  }

  return { scan };
}
