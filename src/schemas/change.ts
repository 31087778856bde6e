import { z } from 'astro/zod';
import { partialDateSchema, slugSchema, sourceSchema } from './common.ts';

/**
 * The kinds of event a person records by hand. Everything that is a date on an exam version (announcements, betas,
 * new versions, last days, renames, retirements) is computed from content/certifications/*.mdx instead.
 */
export const recordedChangeKinds = ['guide-revision', 'renewal-rule', 'policy'] as const;

/** One dated event that is not a date on an exam version (content/changes.yaml). */
export const changeSchema = z.strictObject({
  /** Stable id, also its anchor on /changes/, e.g. `2026-04-30-ai-practitioner-guide-1-1`. */
  id: slugSchema,
  /** When it happened. */
  date: partialDateSchema,
  /** What kind of event it was. */
  kind: z.enum(recordedChangeKinds, {
    error: (issue) =>
      `expected one of ${recordedChangeKinds.join(', ')}, found ${JSON.stringify(issue.input)}; launches, betas, new versions, last days and retirements are dates on a version in content/certifications/ instead`,
  }),
  /** The certification it concerns (its slug). */
  certification: slugSchema,
  /** What changed, in a sentence or two of our own. */
  summary: z.string().min(10),
  /** Where it can be checked. */
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source for the change, found none' }),
  /** True when the date or event is not confirmed by an official or two independent sources. */
  unverified: z.boolean().default(false),
});

export type Change = z.infer<typeof changeSchema>;
export type RecordedChangeKind = (typeof recordedChangeKinds)[number];
