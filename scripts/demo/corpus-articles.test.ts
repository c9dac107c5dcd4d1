import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpusArticles } from '@/scripts/demo/corpus-articles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nk-lens-corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readCorpusArticles', () => {
  it('takes metadata from the manifest and falls back to the first line', () => {
    writeFileSync(join(dir, '000_aa.txt'), 'Headline A\n\nBody A.');
    writeFileSync(join(dir, '001_bb.txt'), '\nHeadline B\n\nBody B.');
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({
        documents: [
          {
            file: '000_aa.txt',
            title: 'Manifest title',
            publisher: 'Desk',
            author: null,
            published: '2019-12-13',
          },
        ],
      }),
    );
    const articles = readCorpusArticles(dir);
    expect(articles.map((a) => [a.title, a.publisher, a.published])).toEqual([
      ['Manifest title', 'Desk', '2019-12-13'],
      ['Headline B', null, null],
    ]);
    expect(articles[1]!.text).toContain('Body B.');
  });

  it('rejects a malformed manifest with the file named', () => {
    writeFileSync(join(dir, '000_aa.txt'), 'A');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ documents: [{ file: 3 }] }));
    expect(() => readCorpusArticles(dir)).toThrow(/manifest\.json is not a valid corpus manifest/);
  });

  it('fails clearly on a folder without articles', () => {
    expect(() => readCorpusArticles(dir)).toThrow(/No corpus articles/);
  });
});
