/**
 * One normalised spelling per name: what the search index and the registry checks compare.
 * "Choi Sun-hee", "Ch'oe Sŏn-hŭi" and "Choe Sonhui" all give "choe son hi".
 */
import { tokenize } from '@/utils/recognition/tokenize';
import { UnitCache } from '@/utils/recognition/units';

const cache = new UnitCache();

/**
 * Latin syllables and words are lowercased, folded to their class spelling and joined by single
 * spaces; Hangul is folded (리→이) and written without spaces, since Korean spacing varies.
 */
export function canonicalForm(name: string): string {
  const parts: string[] = [];
  let previousHangul = false;
  for (const token of tokenize(name)) {
    const { units } = cache.of(token);
    if (token.hangul && previousHangul) parts[parts.length - 1] += units.join('');
    else if (token.hangul) parts.push(units.join(''));
    else parts.push(...units.map((unit) => unit.replace(/^[~#]/, '')));
    previousHangul = token.hangul;
  }
  return parts.join(' ');
}
