import { describe, expect, it } from 'vitest';
import { bundledDataset, bundledSearch } from '@/utils/search/bundled';

/**
 * Queries readers type, in other romanizations, misspelled, in Hangul (whole, or as an input
 * method shows it halfway through a syllable) → the profile that must come first.
 */
const FIRST_RESULT: [string, string][] = [
  ['choi sun hee', 'person.choe-son-hui'],
  ['Choe Son-hui', 'person.choe-son-hui'],
  ["Ch'oe Sŏn-hŭi", 'person.choe-son-hui'],
  ['최선희', 'person.choe-son-hui'],
  ['lee yong ho', 'person.ri-yong-ho'],
  ['ri yongho', 'person.ri-yong-ho'],
  ['이용호', 'person.ri-yong-ho'],
  ['kim son gyoung', 'person.kim-son-gyong'],
  ['kim sun kyung', 'person.kim-son-gyong'],
  ['kim jong eun', 'person.kim-jong-un'],
  ['김정은', 'person.kim-jong-un'],
  ['김정ㅇ', 'person.kim-jong-un'],
  ['김저', 'person.kim-jong-un'],
  ['최섢', 'person.choe-son-hui'],
  ['안ㅂ', 'forum.un-security-council'],
  ['kim yo jung', 'person.kim-yo-jong'],
  ['choi tae bok', 'person.choe-thae-bok'],
  ['security council', 'forum.un-security-council'],
  ['UNSC', 'forum.un-security-council'],
  ['general assembly', 'forum.un-general-assembly'],
  ['supreme peoples assembly', 'forum.supreme-peoples-assembly'],
  ['최고인민회의', 'forum.supreme-peoples-assembly'],
  ['KCNA', 'org.kcna'],
  ['korean central news agency', 'org.kcna'],
  ['APEC', 'forum.apec'],
  ['workers party', 'org.workers-party-of-korea'],
  ['politburo', 'org.political-bureau'],
  ['matvienko', 'person.valentina-matviyenko'],
  ['guterres', 'person.antonio-guterres'],
];

describe('search over the bundled dataset', () => {
  it.each(FIRST_RESULT)('“%s” → %s first', (query, id) => {
    expect(bundledSearch(query)[0]?.id).toBe(id);
  });

  it('ranks the officials named Kim before any context entry matching "kim"', () => {
    const category = (id: string) => bundledDataset.profiles.find((p) => p.id === id)?.category;
    const officials = bundledDataset.profiles.filter(
      (p) => p.category === 'official' && p.name.startsWith('Kim '),
    );
    expect(officials.length).toBeGreaterThanOrEqual(3);
    const ids = bundledSearch('kim').map((hit) => hit.id);
    const firstContext = ids.findIndex((id) => category(id) === 'context');
    for (const official of officials) {
      expect(ids.indexOf(official.id)).toBeGreaterThanOrEqual(0);
      if (firstContext >= 0) expect(ids.indexOf(official.id)).toBeLessThan(firstContext);
    }
  });

  it('finds nothing for words the corpus does not have', () => {
    expect(bundledSearch('zzxqwv')).toEqual([]);
  });

  it('keeps every hit a bundled profile', () => {
    const known = new Set(bundledDataset.profiles.map((p) => p.id));
    for (const hit of bundledSearch('un')) expect(known.has(hit.id)).toBe(true);
  });
});
