/**
 * Bundles `data/generated/matcher.json?text` with its entities as one string (the format of
 * utils/dataset/matcher-text.ts) instead of as objects: the content script's first evaluation
 * then compiles a string literal and parses nothing, and the page reads the entities while it
 * builds the trie. Whatever loads the JSON (the file, or the benchmark's replaced dataset) is
 * encoded the same way.
 */
import type { Plugin } from 'vite';
// Relative: wxt.config.ts loads this file through jiti, which knows no `@/` alias.
import { encodeMatcherText, type MatcherText } from '../utils/dataset/matcher-text';
import type { MatcherData } from '@/utils/dataset/types';

const MATCHER_TEXT = /[\\/]data[\\/]generated[\\/]matcher\.json\?text$/;

export function matcherTextPlugin(): Plugin {
  return {
    name: 'nk-lens-matcher-text',
    enforce: 'pre',
    transform(json, id) {
      if (!MATCHER_TEXT.test(id)) return null;
      const { schemaVersion, entities } = JSON.parse(json) as MatcherData;
      const bundled: MatcherText = { schemaVersion, entities: encodeMatcherText(entities) };
      // Still JSON: Vite's JSON plugin then exports `entities` as a plain string.
      return { code: JSON.stringify(bundled), map: null };
    },
  };
}
