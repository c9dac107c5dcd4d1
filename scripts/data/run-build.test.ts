import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixture, type FixtureDir } from '@/scripts/data/fixture-dir';
import { OUTPUT_FILES } from '@/scripts/data/render-outputs';
import { runBuild } from '@/scripts/data/run-build';
import type { Dataset } from '@/utils/dataset/types';

interface Entry {
  id: string;
  variants?: string[];
  roles?: { cite: { doc: string; text: string } }[];
  [key: string]: unknown;
}
type RegistryFile = { entities: Entry[] };

let fixture: FixtureDir;
beforeEach(() => {
  fixture = copyFixture();
});
afterEach(() => fixture.remove());

const build = (check = false) => runBuild({ dataDir: fixture.dir, check });
const generated = () =>
  Object.fromEntries(
    readdirSync(fixture.path('generated')).map((name) => [
      name,
      readFileSync(fixture.path('generated', name), 'utf8'),
    ]),
  );
const people = () => fixture.readJson<RegistryFile>('registry', 'people.json');

/** Builds once (the "previous" output), breaks the input, builds again and expects a refusal. */
function expectRejected(breakInput: () => void, ...expected: string[]) {
  expect(build().ok).toBe(true);
  const before = generated();
  breakInput();
  const result = build();
  expect(result.ok).toBe(false);
  const report = result.messages.join('\n');
  for (const part of expected) expect(report).toContain(part);
  expect(generated()).toEqual(before);
  expect(readdirSync(fixture.path('generated')).sort()).toEqual(Object.keys(before).sort());
}

describe('runBuild', () => {
  it('writes the four generated files from a valid fixture', () => {
    const result = build();
    expect(result.ok).toBe(true);
    expect(Object.keys(generated()).sort()).toEqual([
      'lens.json',
      'matcher.json',
      'profiles.json',
      'search-index.json',
    ]);
    const dataset = JSON.parse(generated()['profiles.json']!) as Dataset;
    const choe = dataset.profiles.find((profile) => profile.id === 'person.choe-son-hui')!;
    expect(choe.mentions).toEqual({ '001_aa.txt': 3, '002_bb.txt': 1 });
    expect(choe.quotes.map((quote) => quote.quote)).toEqual(['the talks were useful.']);
    expect(choe.roles[0]).toMatchObject({ title: 'Foreign Minister', asOf: '2025-09-10' });
    expect(choe.coMentions).toEqual([{ id: 'forum.un-general-assembly', count: 1 }]);
    expect(choe.timeline.map((event) => [event.expression, event.date, event.precision])).toEqual([
      ['on Monday', '2025-09-08', 'day'],
      ['last week', '2025-09-08', 'approximate'],
      ['September 23', '2025-09-23', 'day'],
    ]);
  });

  it('is deterministic: a second build produces byte-identical files', () => {
    build();
    const first = generated();
    rmSync(fixture.path('generated'), { recursive: true });
    build();
    expect(generated()).toEqual(first);
  });

  it('reports stale files in check mode without writing', () => {
    build();
    expect(build(true)).toEqual({ ok: true, messages: ['4 generated files are up to date'] });
    writeFileSync(fixture.path('generated', 'lens.json'), '{}\n');
    const result = build(true);
    expect(result.ok).toBe(false);
    expect(result.messages).toEqual([expect.stringMatching(/generated\/lens\.json is stale/)]);
    expect(readFileSync(fixture.path('generated', 'lens.json'), 'utf8')).toBe('{}\n');
  });

  it('rejects invalid JSON, naming the file', () => {
    expectRejected(
      () => writeFileSync(fixture.path('registry', 'people.json'), '{ "entities": [ }'),
      'registry/people.json: invalid JSON',
    );
  });

  it('rejects a schema violation, naming file, entry and field', () => {
    expectRejected(() => {
      const file = people();
      file.entities[0]!.rank = 'important';
      fixture.writeJson(file, 'registry', 'people.json');
    }, 'registry/people.json: entry "person.choe-son-hui": field "rank"');
  });

  it('rejects a manifest entry without a publication date', () => {
    expectRejected(() => {
      const manifest = fixture.readJson<{ documents: Record<string, unknown>[] }>(
        'corpus',
        'manifest.json',
      );
      delete manifest.documents[1]!.published;
      fixture.writeJson(manifest, 'corpus', 'manifest.json');
    }, 'corpus/manifest.json: entry "002_bb.txt": field "published"');
  });

  it('rejects a duplicate id, naming both files', () => {
    expectRejected(() => {
      const forums = fixture.readJson<RegistryFile>('registry', 'forums.json');
      const copy = { ...people().entities[0]!, variants: [], name: 'Choe Two', hangul: [] };
      forums.entities.push(copy);
      fixture.writeJson(forums, 'registry', 'forums.json');
    }, 'entry "person.choe-son-hui": field "id": duplicate id, also defined in');
  });

  it('rejects one spelling claimed by two entities', () => {
    expectRejected(() => {
      const forums = fixture.readJson<RegistryFile>('registry', 'forums.json');
      forums.entities[0]!.variants = ['choe son-hui'];
      fixture.writeJson(forums, 'registry', 'forums.json');
    }, 'entry "person.choe-son-hui": field "variants": "Choe Son Hui" is already claimed by "forum.un-general-assembly"');
  });

  it('rejects two spellings that romanize the same', () => {
    expectRejected(() => {
      const forums = fixture.readJson<RegistryFile>('registry', 'forums.json');
      forums.entities[0]!.variants = ['Choi Son Hee'];
      fixture.writeJson(forums, 'registry', 'forums.json');
    }, 'entry "person.choe-son-hui": field "variants": "Choe Son Hui" reads the same as "Choi Son Hee" of "forum.un-general-assembly"');
  });

  it('rejects a citation that matches no sentence', () => {
    expectRejected(() => {
      const file = people();
      file.entities[0]!.roles![0]!.cite.text = 'Foreign Minister Choe Son Hui resigned';
      fixture.writeJson(file, 'registry', 'people.json');
    }, 'entry "person.choe-son-hui": field "roles[0].cite": "Foreign Minister Choe Son Hui resigned" does not occur in 001_aa.txt');
  });

  it('rejects a snippet too short to identify a sentence', () => {
    expectRejected(() => {
      const file = people();
      file.entities[0]!.roles![0]!.cite = { doc: '002', text: 'The U' };
      fixture.writeJson(file, 'registry', 'people.json');
    }, 'field "roles[0].cite.text": must quote at least 8 characters');
  });

  it('rejects an ambiguous snippet', () => {
    expectRejected(() => {
      const file = people();
      file.entities[0]!.roles![0]!.cite = { doc: '002', text: 'The UN General Assembly' };
      fixture.writeJson(file, 'registry', 'people.json');
    }, '"The UN General Assembly" occurs 2 times in 002_bb.txt; quote more words');
  });

  it('rejects a snippet that runs across sentences', () => {
    expectRejected(() => {
      const file = people();
      file.entities[0]!.roles![0]!.cite = { doc: '001', text: 'on Monday. Choe said' };
      fixture.writeJson(file, 'registry', 'people.json');
    }, '"on Monday. Choe said" runs across sentences in 001_aa.txt');
  });

  it('rejects a citation to a corpus file that does not exist', () => {
    expectRejected(() => {
      const file = people();
      file.entities[0]!.roles![0]!.cite.doc = '007';
      fixture.writeJson(file, 'registry', 'people.json');
    }, 'field "roles[0].cite": no corpus file matches "007"');
  });

  it('rejects a missing corpus file, naming the manifest entry', () => {
    expectRejected(
      () => rmSync(fixture.path('corpus', '002_bb.txt')),
      'corpus/manifest.json: entry "002_bb.txt": field "file": corpus file',
    );
  });

  it('rejects a corpus file the manifest does not describe', () => {
    expectRejected(
      () => writeFileSync(fixture.path('corpus', '003_cc.txt'), 'Text.'),
      'corpus/003_cc.txt: is not listed in',
    );
  });

  it('rejects unknown related and organisation ids, and quotes outside quotation marks', () => {
    expectRejected(
      () => {
        const file = people();
        const entry = file.entities[0]!;
        entry.related = ['org.nowhere'];
        (entry.roles![0] as Record<string, unknown>).organisation = 'org.elsewhere';
        entry.quotes = [{ doc: '001', text: 'met the UN envoy' }];
        fixture.writeJson(file, 'registry', 'people.json');
      },
      'field "related[0]": unknown entity "org.nowhere"',
      'field "roles[0].organisation": unknown entity "org.elsewhere"',
      'field "quotes[0]": the cited words are not inside quotation marks',
    );
  });

  it('rejects an entity the corpus never mentions', () => {
    expectRejected(() => {
      const forums = fixture.readJson<RegistryFile>('registry', 'forums.json');
      forums.entities.push({
        id: 'forum.apec',
        type: 'forum',
        rank: 'primary',
        name: 'Asia-Pacific Economic Cooperation',
        northKorean: false,
        summary: {
          text: 'A forum.',
          cite: [{ doc: '002', text: 'The UN General Assembly meets' }],
        },
      });
      fixture.writeJson(forums, 'registry', 'forums.json');
    }, 'entry "forum.apec": field "variants": no spelling of "Asia-Pacific Economic Cooperation" occurs in the corpus');
  });
});

describe('runBuild on the real corpus and registry', () => {
  it('produces byte-identical output on every run, equal to data/generated', () => {
    const first = copyFixture();
    const second = copyFixture();
    try {
      expect(runBuild({ dataDir: 'data', outDir: first.path('out') }).ok).toBe(true);
      expect(runBuild({ dataDir: 'data', outDir: second.path('out') }).ok).toBe(true);
      for (const name of OUTPUT_FILES) {
        const once = readFileSync(first.path('out', name), 'utf8');
        expect(readFileSync(second.path('out', name), 'utf8')).toBe(once);
        expect(readFileSync(`data/generated/${name}`, 'utf8'), `${name} is stale`).toBe(once);
      }
    } finally {
      first.remove();
      second.remove();
    }
  });
});
