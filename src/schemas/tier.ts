import { z } from 'astro/zod';
import { tiers } from './certification';

/** One of the four tiers, described for readers (content/tiers.yaml). */
export const tierSchema = z.strictObject({
  /** The tier key used by certifications. */
  id: z.enum(tiers, { error: (issue) => `expected one of ${tiers.join(', ')}, found ${JSON.stringify(issue.input)}` }),
  /** Display name, e.g. "Associate". */
  name: z.string().min(3),
  /** One line for the ladder on the home page. */
  summary: z.string().min(10).max(160),
  /** The experience AWS suggests at this level, in one sentence. */
  experience: z.string().min(10),
  /** A short paragraph for the tier page. */
  description: z.string().min(40),
});

export type TierInfo = z.infer<typeof tierSchema>;
