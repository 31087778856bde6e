import { z } from 'astro/zod';
import { slugSchema } from './common.ts';

const yearsSchema = z.number().min(0).max(40);

/** One step of the experience question: the reader is at the last level whose `fromYears` they reach. */
export const experienceLevelSchema = z.strictObject({
  /** Part of the level's result pages' addresses (/path-finder/<goal>/<id>/): renaming it moves those pages. */
  id: slugSchema,
  /** The answer as the form's table and the result pages show it, e.g. "Under two years". */
  label: z.string().min(3),
  /** The fewest years of hands-on AWS work at this level; the first level starts at 0. */
  fromYears: yearsSchema,
  /** The years a pre-rendered result page of this level assumes: within the level, below the next one's fromYears. */
  representativeYears: yearsSchema,
});

export type ExperienceLevel = z.infer<typeof experienceLevelSchema>;

/** The levels in order: unique ids, the first from 0, each starting later than the one before. */
const experienceLevelsSchema = z
  .array(experienceLevelSchema)
  .min(1, { error: 'expected at least one experience level, found none' })
  .superRefine((levels, ctx) => {
    const seen = new Map<string, number>();
    levels.forEach((level, i) => {
      const earlier = seen.get(level.id);
      if (earlier === undefined) seen.set(level.id, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `expected each id once (it is part of the result pages' addresses), found "${level.id}" again (first at entry ${earlier})`,
        });
      }
      const previous = levels[i - 1];
      if (!previous && level.fromYears !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'fromYears'],
          message: `expected the first level to start at 0 years, so that every reader has a level, found ${level.fromYears}`,
        });
      }
      if (previous && level.fromYears <= previous.fromYears) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'fromYears'],
          message: `expected more than the previous level's fromYears (${previous.fromYears}, "${previous.id}"), found ${level.fromYears}; list the levels from least to most experience`,
        });
      }
      // The next level bounds this one only when the two are in order (an order problem is reported on its own).
      const next = levels[i + 1]?.fromYears;
      const upTo = next !== undefined && next > level.fromYears ? next : undefined;
      if (level.representativeYears < level.fromYears || (upTo !== undefined && level.representativeYears >= upTo)) {
        const range = upTo === undefined ? `${level.fromYears} or more` : `from ${level.fromYears} to below ${upTo}`;
        ctx.addIssue({
          code: 'custom',
          path: [i, 'representativeYears'],
          message: `expected years within the level "${level.id}" (${range}), found ${level.representativeYears}`,
        });
      }
    });
  });

/**
 * The rules around the role paths that turn a reader's answers into a path (content/path-finder.yaml). The steps and
 * their reasons come from content/roles.yaml; the cross-entry checks make sure every slug here exists.
 */
export const pathFinderRulesSchema = z.strictObject({
  /** The role whose path a reader gets when they name neither a goal nor a current role. */
  fallbackRole: slugSchema,
  /** The most steps a path shows. */
  maxSteps: z.number().int().min(2).max(10),
  /** The answers to "how much hands-on AWS experience?", from least to most; each has its own result pages. */
  experienceLevels: experienceLevelsSchema,
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
