/** Schema of `data/registry/ignore.json`: person-like names left out of the registry on purpose. */
import { z } from 'zod';

export const ignoreFileSchema = z.strictObject({
  ignore: z.array(
    z.strictObject({
      /** The name as the corpus writes it. */
      name: z.string().trim().min(1, 'must not be empty'),
      reason: z.string().trim().min(10, 'must explain the omission'),
    }),
  ),
});

export type IgnoreFile = z.infer<typeof ignoreFileSchema>;
