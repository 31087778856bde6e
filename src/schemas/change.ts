import { z } from 'astro/zod';
import { partialDateSchema, slugSchema, sourceSchema } from './common';

/** The kinds of event the changes log records. */
export const changeKinds = ['launched', 'beta', 'new-version', 'renamed', 'retiring', 'retired'] as const;

/** One dated event in the life of a certification (content/changes.yaml). */
export const changeSchema = z.strictObject({
  /** Stable id, e.g. `2025-09-30-cloudops-engineer-associate`. */
  id: slugSchema,
  /** When it happened (or was announced to happen). */
  date: partialDateSchema,
  /** What kind of event it was. */
  kind: z.enum(changeKinds, {
    error: (issue) => `expected one of ${changeKinds.join(', ')}, found ${JSON.stringify(issue.input)}`,
  }),
  /** The certification it concerns (its slug). */
  certification: slugSchema,
  /** What changed, in one sentence of our own. */
  summary: z.string().min(10),
  /** Where it can be checked. */
  sources: z.array(sourceSchema).min(1, { error: 'every change needs at least one source' }),
  /** True when the date or event is not confirmed by an official or two independent sources. */
  unverified: z.boolean().default(false),
});

export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = (typeof changeKinds)[number];
