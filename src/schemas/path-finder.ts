import { z } from 'astro/zod';
import { slugSchema } from './common.ts';

const yearsSchema = z.number().min(0).max(40);

/**
 * The rules around the role paths that turn a reader's answers into a path (content/path-finder.yaml). The steps and
 * their reasons come from content/roles.yaml; the cross-entry checks make sure every slug here exists.
 */
export const pathFinderRulesSchema = z.strictObject({
  /** The role whose path a reader gets when they name neither a goal nor a current role. */
  fallbackRole: slugSchema,
  /** The most steps a path shows. */
  maxSteps: z.number().int().min(2).max(10),
  /** From this many years of hands-on AWS work, Foundational steps are skipped (except on the fallback role's path). */
  skipFoundationalFromYears: yearsSchema,
  /** Below this many years, a Professional step adds AWS's recommended experience to its reason. */
  professionalExperienceFromYears: yearsSchema,
  /** A reader with less than `belowYears` of hands-on work and no Foundational certification starts with one. */
  foundationalFirst: z.strictObject({
    belowYears: yearsSchema,
    /** The Foundational certification to start with when the role's path names none. */
    certification: slugSchema,
    /** Why, in a sentence shown on the step. */
    reason: z.string().min(10),
  }),
});

export type PathFinderRules = z.infer<typeof pathFinderRulesSchema>;
