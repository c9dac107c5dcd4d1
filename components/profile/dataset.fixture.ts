/** A small dataset in the bundled shape, for component tests. Sentences are quoted from the corpus. */
import type { Dataset, Span } from '@/utils/dataset/types';

const DOC_A = '000_3d814af907c4a39b.txt';
const DOC_E = '004_4a7c25fb689075df.txt';

const speech: Span = {
  doc: DOC_E,
  sentence: 1,
  start: 230,
  end: 376,
  text: 'Speaking at the annual UN General Assembly high-level meeting, Vice Foreign Minister Kim Son Gyong delivered a firm message, declaring, "We will never give up this position."',
};

const candidate: Span = {
  doc: DOC_A,
  sentence: 6,
  start: 1100,
  end: 1290,
  text: 'A deputy minister-level official is expected to be dispatched, with Kim Sun Kyung—who oversees international organizations at the Foreign Ministry—being mentioned as a potential candidate.',
};

const ambassador: Span = {
  doc: DOC_A,
  sentence: 8,
  start: 1420,
  end: 1510,
  text: 'In recent years, North Korea has appointed its UN ambassador, Kim Song, as its speaker.',
};

const assemblyDate: Span = {
  doc: DOC_A,
  sentence: 1,
  start: 100,
  end: 260,
  text: 'North Korea is expected to intensify its diplomatic offensive against the U.S. and South Korea during the United Nations (UN) General Assembly in New York on September 23.',
};

export const fixtureDataset: Dataset = {
  schemaVersion: 1,
  documents: [
    {
      doc: DOC_A,
      title: 'With China and Russia, North Korea’s UN Appearance Signals New Diplomatic Offensive',
      publisher: 'The Chosun Ilbo',
      author: null,
      published: '2025-09-15',
      dateBasis: 'inferred',
      dateNote: 'the article looks ahead to the General Assembly of September 23',
      language: 'en',
      entityCounts: { 'kim-son-gyong': 2, 'kim-song': 1, 'un-general-assembly': 2 },
    },
    {
      doc: DOC_E,
      title: 'North Korea says it will never give up its nuclear weapons',
      publisher: 'Associated Press',
      author: null,
      published: '2025-09-29',
      dateBasis: 'stated',
      language: 'en',
      entityCounts: { 'kim-son-gyong': 4, 'un-general-assembly': 1 },
    },
  ],
  profiles: [
    {
      id: 'kim-son-gyong',
      type: 'person',
      category: 'official',
      name: 'Kim Son Gyong',
      northKorean: true,
      rank: 1,
      variants: ['Kim Sun Kyung', 'Kim Son-gyong'],
      acronyms: [],
      hangul: ['김선경'],
      roles: [
        { title: 'Vice Foreign Minister', asOf: '2025-09-29', source: speech },
        {
          title: 'Deputy minister for international organizations',
          organisation: 'un-general-assembly',
          asOf: '2025-09-15',
          source: candidate,
        },
      ],
      summary: {
        text: 'North Korean vice foreign minister who addressed the UN General Assembly in 2025.',
        sources: [{ doc: DOC_E, sentence: 1 }],
      },
      related: ['un-general-assembly'],
      evidence: [speech, candidate],
      quotes: [
        {
          ...speech,
          quote: 'We will never give up this position.',
        },
      ],
      timeline: [
        {
          date: '2025-09-29',
          precision: 'day',
          expression: 'on Monday',
          source: speech,
        },
      ],
      mentions: { [DOC_A]: 2, [DOC_E]: 4 },
      coMentions: [
        { id: 'un-general-assembly', count: 3 },
        { id: 'kim-song', count: 1 },
      ],
    },
    {
      id: 'kim-song',
      type: 'person',
      category: 'official',
      name: 'Kim Song',
      northKorean: true,
      rank: 1,
      variants: [],
      acronyms: [],
      hangul: ['김성'],
      roles: [{ title: 'UN ambassador', asOf: '2025-09-15', source: ambassador }],
      summary: {
        text: 'North Korea’s ambassador to the UN.',
        sources: [{ doc: DOC_A, sentence: 8 }],
      },
      related: [],
      evidence: [ambassador],
      quotes: [],
      timeline: [],
      mentions: { [DOC_A]: 1 },
      coMentions: [{ id: 'kim-son-gyong', count: 1 }],
    },
    {
      id: 'un-general-assembly',
      type: 'forum',
      category: 'forum',
      name: 'UN General Assembly',
      northKorean: false,
      rank: 2,
      variants: ['United Nations General Assembly'],
      acronyms: ['UNGA'],
      hangul: ['유엔총회'],
      roles: [],
      summary: { text: '', sources: [] },
      related: [],
      evidence: [assemblyDate, speech],
      quotes: [],
      timeline: [
        {
          date: '2025-09-23',
          precision: 'day',
          expression: 'on September 23',
          source: assemblyDate,
        },
      ],
      mentions: { [DOC_A]: 2, [DOC_E]: 1 },
      coMentions: [{ id: 'kim-son-gyong', count: 3 }],
    },
  ],
};
