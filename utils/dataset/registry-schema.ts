/**
 * The curated registry (`data/registry/*.json`): one entry per entity the corpus names. Every role,
 * summary and quote cites the corpus by document and a verbatim snippet of the sentence it rests on;
 * the data build resolves each snippet to its sentence id. See docs/dataset.md.
 */
import { z } from 'zod';
import { splitSentences } from '@/utils/dataset/sentences';

const ID_PREFIX = { person: 'person', organisation: 'org', forum: 'forum', programme: 'programme' };

export const entityIdSchema = z
  .string()
  .regex(
    /^(person|org|forum|programme)\.[a-z0-9]+(-[a-z0-9]+)*$/,
    'must look like "person.choe-son-hui" (type prefix, dot, lowercase words joined by hyphens)',
  );

const text = z.string().trim().min(1, 'must not be empty');

/** Where a statement comes from: a corpus file (name or its numeric prefix) and a verbatim snippet of one sentence. */
export const citationSchema = z.strictObject({
  doc: z
    .string()
    .regex(/^\d{3}(_[0-9a-f]+\.txt)?$/, 'must be a corpus file name or its "000" prefix'),
  text: z.string().min(8, 'must quote at least 8 characters of the sentence'),
});

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const roleSchema = z.strictObject({
  title: text,
  organisation: entityIdSchema.optional(),
  /** Defaults to the cited article's publication date. */
  asOf: isoDate.optional(),
  cite: citationSchema,
});

export const registryEntrySchema = z
  .strictObject({
    id: entityIdSchema,
    type: z.enum(['person', 'organisation', 'forum', 'programme']),
    /** `primary`: a North Korean official or a forum where North Korea acts; `context`: everything else. */
    rank: z.enum(['primary', 'context']),
    name: text,
    northKorean: z.boolean(),
    /** People only: the family name as written in `name`. */
    surname: text.optional(),
    variants: z.array(text).default([]),
    acronyms: z
      .array(z.string().regex(/^[A-Z][A-Za-z0-9-]*[A-Z0-9]$/, 'must be an acronym like "KCNA"'))
      .default([]),
    /**
     * Acronyms that mean something else outside this subject ("CNN", a neural network; "SPA", a
     * single-page app): a page counts them only when it names some entity otherwise. Each is one of
     * `acronyms`, or the name or a variant when that is an acronym itself ("CNN").
     */
    ambiguousAcronyms: z.array(z.string()).default([]),
    hangul: z
      .array(
        z
          .string()
          .regex(/^(?=.*[\uac00-\ud7a3])[\uac00-\ud7a3 0-9-]+$/, 'must be written in Hangul'),
      )
      .default([]),
    roles: z.array(roleSchema).default([]),
    summary: z.strictObject({
      text: text.max(400, 'must be one or two sentences (400 characters at most)'),
      cite: z.array(citationSchema).min(1, 'must cite at least one sentence'),
    }),
    related: z.array(entityIdSchema).default([]),
    /** Words the corpus attributes to the entity (verbatim, inside quotation marks there). */
    quotes: z.array(citationSchema).default([]),
  })
  .superRefine((entry, context) => {
    const prefix = ID_PREFIX[entry.type];
    if (!entry.id.startsWith(`${prefix}.`)) {
      context.addIssue({
        code: 'custom',
        path: ['id'],
        message: `must start with "${prefix}." for type ${entry.type}`,
      });
    }
    if (entry.type === 'person' && entry.rank === 'primary' && !entry.northKorean) {
      context.addIssue({
        code: 'custom',
        path: ['rank'],
        message: 'primary people are North Korean officials; use "context" for anyone else',
      });
    }
    if (splitSentences(entry.summary.text).length > 2) {
      context.addIssue({
        code: 'custom',
        path: ['summary', 'text'],
        message: 'must be one or two sentences',
      });
    }
    entry.ambiguousAcronyms.forEach((acronym, index) => {
      if (![...entry.acronyms, entry.name, ...entry.variants].includes(acronym)) {
        context.addIssue({
          code: 'custom',
          path: ['ambiguousAcronyms', index],
          message: `"${acronym}" must be one of the entry's acronyms, its name or a variant`,
        });
      }
    });
    if (entry.type === 'person' && entry.surname === undefined) {
      context.addIssue({ code: 'custom', path: ['surname'], message: 'is required for people' });
    }
    if (entry.surname !== undefined && !entry.name.split(/[\s-]+/).includes(entry.surname)) {
      context.addIssue({
        code: 'custom',
        path: ['surname'],
        message: `must be one of the words of the name "${entry.name}"`,
      });
    }
  });

export const registryFileSchema = z.strictObject({ entities: z.array(registryEntrySchema) });

export type Citation = z.infer<typeof citationSchema>;
export type RegistryEntry = z.infer<typeof registryEntrySchema>;
export type RegistryRole = z.infer<typeof roleSchema>;
