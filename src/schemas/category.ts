import { z } from 'astro/zod';
import { categories } from './enums.ts';

/** One of AWS's certification categories, described for readers (content/categories.yaml). */
export const categorySchema = z.strictObject({
  /** The category key used by certifications. */
  id: z.enum(categories, {
    error: (issue) => `expected one of ${categories.join(', ')}, found ${JSON.stringify(issue.input)}`,
  }),
  /** Display name, e.g. "Associate". */
  name: z.string().min(3),
  /** True for the four levels of the technical ladder; false for a category beside it, such as Business. */
  ladder: z.boolean(),
  /** One line for the overview on the home page. */
  summary: z.string().min(10).max(160),
  /** The experience AWS suggests at this level, in one sentence. */
  experience: z.string().min(10),
  /** A short paragraph for the category page; counts and lists of exams come from the data, never from here. */
  description: z.string().min(40),
});

export type CategoryInfo = z.infer<typeof categorySchema>;
