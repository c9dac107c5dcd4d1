/**
 * Reads the corpus articles for the demo page: the text of each data/corpus/*.txt, with title,
 * publisher, author and date from data/corpus/manifest.json where it describes the file, else
 * the text's first line as the title. A malformed manifest is an error, not ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { firstLine } from '@/scripts/demo/article-text';
import type { DemoArticle } from '@/scripts/demo/render-page';

/** The manifest fields the demo shows (the full schema belongs to the dataset pipeline). */
const manifestView = z.object({
  documents: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      publisher: z.string(),
      author: z.string().nullable(),
      published: z.string(),
    }),
  ),
});

type ManifestView = z.infer<typeof manifestView>['documents'][number];

function readManifest(corpusDir: string): Map<string, ManifestView> {
  const path = join(corpusDir, 'manifest.json');
  if (!existsSync(path)) return new Map();
  const parsed = manifestView.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${path} is not a valid corpus manifest:\n${z.prettifyError(parsed.error)}`);
  }
  return new Map(parsed.data.documents.map((entry) => [entry.file, entry]));
}

export function readCorpusArticles(corpusDir: string): DemoArticle[] {
  const manifest = readManifest(corpusDir);
  const files = readdirSync(corpusDir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`No corpus articles (*.txt) in ${corpusDir}`);
  return files.map((file) => {
    const text = readFileSync(join(corpusDir, file), 'utf8');
    const entry = manifest.get(file);
    return {
      title: entry?.title ?? firstLine(text),
      publisher: entry?.publisher ?? null,
      author: entry?.author ?? null,
      published: entry?.published ?? null,
      text,
    };
  });
}
