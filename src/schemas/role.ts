import { z } from 'astro/zod';
import { slugSchema } from './common.ts';

const reasonSchema = z.string().min(10, { error: 'give a reason of at least a short sentence for this step' });

/** One step of a role's recommended path. */
export const roleStepSchema = z.strictObject({
  /** The certification's slug (its file name under content/certifications/). */
  certification: slugSchema,
  /** Why this step comes here, in one or two sentences. */
  reason: reasonSchema,
  /**
   * The step to take instead once this certification retires. Required as soon as its retirement is announced, so
   * the path never sends a reader to an exam that no longer exists.
   */
  afterRetirement: z
    .strictObject({
      /** The certification to take instead (its slug). */
      certification: slugSchema,
      /** Why it is the best replacement for this role. */
      reason: reasonSchema,
    })
    .optional(),
});

/** A job role with an ordered, reasoned path of certifications (content/roles.yaml). */
export const roleSchema = z.strictObject({
  /** Stable id used in URLs and in a certification's `roles`, e.g. `solutions-architect`. */
  id: slugSchema,
  /** The role's name as a reader would say it, e.g. "Solutions architect". */
  name: z.string().min(2),
  /** Who this role is, in one or two sentences. */
  description: z.string().min(10),
  /** The recommended certifications in the order to take them. */
  path: z.array(roleStepSchema).min(1, { error: 'expected at least one step in the path of the role, found none' }),
});

export type Role = z.infer<typeof roleSchema>;
