import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '@/utils/recognition/fixtures/entities';

let dir: string;
let lens: string;

function scan(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nk-scan-'));
  lens = file('lens.json', JSON.stringify({ schemaVersion: 1, documents: [], entities: ENTITIES }));
});

describe('npm run scan', { timeout: 60_000 }, () => {
  it('reads each paragraph as a block: a name ends with it, back-references go on', () => {
    const article = file('lines.txt', 'They met Kim Song\n\nChoe Son Hui said so.\n \nKim\nadded.');
    const { status, stdout } = scan('--data', lens, article);
    expect(status).toBe(0);
    expect(stdout.split('\n').map((line) => line.split('\t')[1])).toEqual([
      'Kim Song',
      'Choe Son Hui',
      'Kim',
      undefined,
    ]);
    expect(stdout).toContain(`${article}:5:1\tKim\t→ Kim Song`);
  });

  it('prints one JSON object per mention with offsets into the decoded text', () => {
    const text = '😀 Choi Sun-hee met Kim Yo Jong at the UNSC.\nKim said so.';
    const article = file('article.txt', text);
    const { status, stdout, stderr } = scan('--json', '--data', lens, article);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const mentions = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(mentions.map((m) => [m.text, m.id, m.backref])).toEqual([
      ['Choi Sun-hee', 'choe-son-hui', false],
      ['Kim Yo Jong', 'kim-yo-jong', false],
      ['UNSC', 'un-security-council', false],
      ['Kim', 'kim-yo-jong', true],
    ]);
    for (const mention of mentions) {
      expect(Object.keys(mention)).toEqual([
        'file',
        'start',
        'end',
        'text',
        'id',
        'name',
        'type',
        'backref',
        'ambiguous',
      ]);
      expect(mention.file).toBe(article);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it('counts an ambiguous acronym only in a file that names some entity otherwise', () => {
    const frontEnd = file('front-end.txt', 'Is an SPA right for this site?');
    const news = file('news.txt', 'The SPA met, KCNA said.');
    const { status, stdout } = scan('--json', '--data', lens, frontEnd, news);
    expect(status).toBe(0);
    const mentions = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(mentions.map((m) => [m.file, m.text, m.ambiguous])).toEqual([
      [news, 'SPA', true],
      [news, 'KCNA', false],
    ]);
  });

  it('prints file:line:column and the entity for people to read', () => {
    const article = file('korean.txt', '첫 줄\n최선희는 말했다.');
    const { status, stdout } = scan('--data', lens, article);
    expect(status).toBe(0);
    expect(stdout).toBe(`${article}:2:1\t최선희\t→ Choe Son Hui [choe-son-hui, person]\n`);
  });

  it('reports a missing file and a binary file, scans the rest, exits non-zero', () => {
    const good = file('good.txt', 'KCNA reported it.');
    const binary = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const latin1 = file('latin1.txt', Buffer.from([0x43, 0x68, 0x6f, 0x65, 0xe9]));
    const missing = join(dir, 'missing.txt');
    const { status, stdout, stderr } = scan(
      '--json',
      '--data',
      lens,
      missing,
      binary,
      latin1,
      good,
    );
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `scan: cannot read ${missing}: no such file`,
      `scan: ${binary} looks binary (it contains NUL bytes); refused`,
      `scan: ${latin1} is not UTF-8 text; refused`,
    ]);
    expect(JSON.parse(stdout).id).toBe('kcna');
  });

  it('refuses a directory', () => {
    const { status, stderr } = scan('--data', lens, dir);
    expect(status).toBe(1);
    expect(stderr).toBe(`scan: cannot read ${dir}: is a directory\n`);
  });

  it.each([
    [[], 'scan: no file to scan'],
    [['--xml', 'a.txt'], 'scan: unknown option --xml'],
    [['--data'], 'scan: --data needs a file'],
  ])('rejects bad usage %j', (args, message) => {
    const { status, stderr } = scan(...args);
    expect(status).toBe(2);
    expect(stderr.split('\n')[0]).toBe(message);
  });

  it('says how to build a missing dataset, and names an invalid one', () => {
    const article = file('a.txt', 'KCNA');
    const absent = scan('--data', join(dir, 'absent.json'), article);
    expect(absent.status).toBe(2);
    expect(absent.stderr).toContain('cannot read the dataset');
    const broken = scan('--data', file('broken.json', '{"entities": ['), article);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('is not valid JSON');
    const invalid = scan('--data', file('invalid.json', '{"entities": [{"id": 3}]}'), article);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr.split('\n')[0]).toMatch(/is invalid at entities\.0\.id/);
  });
});
