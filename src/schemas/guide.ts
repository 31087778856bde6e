import { z } from 'astro/zod';
import { sourceSchema } from './common.ts';

/** A long-form guide page (content/guides/<slug>.mdx). */
export const guideSchema = z.strictObject({
  /** The page title, also its h1. */
  title: z.string().min(3),
  /** One or two sentences for search engines, link previews and the guide list. */
  description: z.string().min(20).max(200),
  /** Position in the guide list: lower comes first. */
  order: z.number().int().nonnegative().default(100),
  /** Where its facts come from; the newest dated one is the guide's "last verified" date. */
  sources: z.array(sourceSchema).default([]),
});
