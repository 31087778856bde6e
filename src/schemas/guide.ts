import { z } from 'astro/zod';
import { calendarDateSchema, sourceSchema } from './common';

/** A long-form guide page (content/guides/<slug>.mdx). */
export const guideSchema = z.strictObject({
  /** The page title, also its h1. */
  title: z.string().min(3),
  /** One or two sentences for search engines, link previews and the guide list. */
  description: z.string().min(20).max(200),
  /** Position in the guide list: lower comes first. */
  order: z.number().int().nonnegative().default(100),
  /** The day the guide's facts were last checked against AWS. */
  lastVerified: calendarDateSchema,
  /** Where its facts come from. */
  sources: z.array(sourceSchema).default([]),
});

export type Guide = z.infer<typeof guideSchema>;
