/**
 * The owners of an entity's generic names. A generic name ("Foreign Ministry", "General
 * Assembly", "UN office") is one that another name of the same entity qualifies, before it
 * ("DPRK Foreign Ministry", "UN General Assembly") or after it, through a link word ("Political
 * Bureau of the WPK Central Committee", "UN office in Seoul"). The first words of those
 * qualifiers are the entity's owner words: a generic name followed by a link and a name that
 * starts with none of them is someone else's ("Ministry of Foreign Affairs of Japan", "General
 * Assembly of the Presbyterian Church", "UN office in Geneva", "Political Bureau of the CPC
 * Central Committee"), while "Foreign Ministry of the DPRK" is still the entity's own.
 */
import { CAPITALS_WORD } from '@/utils/recognition/aliases';
import { type Token, tokenize } from '@/utils/recognition/tokenize';
import { acronymUnit, foldLatin, type UnitCache } from '@/utils/recognition/units';

/** Words that tie a name to its owner after it; "of" always does. */
const LINK_WORDS = ['of', 'in', 'on'];
const ALWAYS_LINKED = 'of';
/** The article a qualifier may start with after its link: "of the DPRK". */
export const ARTICLE = 'the';

export interface Owners {
  /** Link words after a generic name that name its owner: "of", and those the names use. */
  links: string[];
  /** The first word of each qualifier in the entity's names, as the matcher keys a page word. */
  owners: string[];
}

/** How an owner's word is compared: a word in capitals as written, any other by its units. */
export function ownerKey(token: Pick<Token, 'clean' | 'hangul'>, cache: UnitCache): string {
  return CAPITALS_WORD.test(token.clean)
    ? acronymUnit(token.clean)
    : cache.of(token).units.join(' ');
}

/** The unit keys of the link words, to find names qualified after them. */
export function linkKeys(cache: UnitCache): string[] {
  return LINK_WORDS.map((word) => ownerKey({ clean: word, hangul: false }, cache));
}

/**
 * The owners of the generic names among `aliases` (Latin names of one entity), or undefined when
 * none of them is generic.
 */
export function entityOwners(aliases: readonly string[], cache: UnitCache): Owners | undefined {
  const words = aliases.map((alias) =>
    tokenize(alias).map((token) => ({
      key: ownerKey(token, cache),
      folded: foldLatin(token.clean),
    })),
  );
  const links = new Set<string>();
  const owners = new Set<string>();
  const sameWords = (a: (typeof words)[number], b: (typeof words)[number], from: number) =>
    a.every((word, index) => word.key === b[from + index]?.key);
  /** The qualifier's first word, "the" aside: "DPRK", "North", "Seoul", "WPK". */
  const addOwner = (qualifier: (typeof words)[number]) => {
    const owner = qualifier[0]?.folded === ARTICLE ? qualifier[1] : qualifier[0];
    if (owner !== undefined) owners.add(owner.key);
  };
  for (const shorter of words) {
    for (const longer of words) {
      if (shorter.length === 0 || longer.length <= shorter.length) continue;
      // Qualified before: "DPRK Foreign Ministry" beside "Foreign Ministry".
      if (sameWords(shorter, longer, longer.length - shorter.length)) {
        addOwner(longer.slice(0, longer.length - shorter.length));
      }
      // Qualified after: "UN office in Seoul" beside "UN office".
      const link = longer[shorter.length]!.folded;
      if (!LINK_WORDS.includes(link) || !sameWords(shorter, longer, 0)) continue;
      links.add(link);
      addOwner(longer.slice(shorter.length + 1));
    }
  }
  if (owners.size === 0) return undefined;
  links.add(ALWAYS_LINKED);
  return { links: [...links].sort(), owners: [...owners].sort() };
}
