/** Schema of `data/corpus/manifest.json`, the hand-written metadata of the corpus articles. */
import { z } from 'zod';
import type { CorpusManifestEntry } from '@/utils/dataset/types';

const text = z.string().trim().min(1, 'must not be empty');

export const manifestEntrySchema = z.strictObject({
  file: z
    .string()
    .regex(/^\d{3}_[0-9a-f]+\.txt$/, 'must be a corpus file name like "000_1f2e.txt"'),
  title: text,
  publisher: text,
  author: text.nullable(),
  published: z.iso.date('must be an ISO date YYYY-MM-DD'),
  dateBasis: z.enum(['stated', 'inferred']),
  dateNote: text.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag like "en"'),
  note: text.optional(),
}) satisfies z.ZodType<CorpusManifestEntry>;

export const manifestSchema = z
  .strictObject({
    documents: z.array(manifestEntrySchema).min(1, 'must list at least one article'),
  })
  .superRefine((manifest, context) => {
    manifest.documents.forEach((entry, index) => {
      if (entry.dateBasis === 'inferred' && entry.dateNote === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['documents', index, 'dateNote'],
          message: 'must say how an inferred date was inferred',
        });
      }
    });
  });
