import { z } from 'astro/zod';
import { sourceSchema } from './common.ts';
import { categories } from './enums.ts';

/** A programme rule's sources: at least one, AWS's own page first. */
const sourcesSchema = z.array(sourceSchema).min(1);

/** A category's standard exam fee, in US dollars before tax. */
const categoryFeeSchema = z.strictObject({
  category: z.enum(categories, {
    error: (issue) => `expected one of ${categories.join(', ')}, found ${JSON.stringify(issue.input)}`,
  }),
  usd: z.number().int().positive(),
  /** Why the figure is not confirmed, when it is not; the page marks it unverified. */
  unverified: z.string().min(10).optional(),
});

/**
 * The rules of the AWS Certification programme that hold for every exam (content/programme.yaml). Code and prose read
 * these figures from the one file: the planner, the calendar, the notices and the guides' MDX components.
 */
export const programmeSchema = z.strictObject({
  validity: z.strictObject({
    /** How long a certification lasts from the day it is earned. */
    years: z.number().int().positive(),
    sources: sourcesSchema,
  }),
  voucher: z.strictObject({
    /** What the voucher AWS gives after each pass takes off a later exam, in percent. */
    percentOff: z.number().int().min(1).max(100),
    sources: sourcesSchema,
  }),
  retake: z.strictObject({
    /** Days to wait after a failed attempt before sitting the exam again. */
    waitDays: z.number().int().positive(),
    /** Years before a passed exam can be sat again, unless a new version with a new code appears. */
    afterPassYears: z.number().int().positive(),
    sources: sourcesSchema,
  }),
  standardFees: z.strictObject({
    /** One fee per category, each category once. */
    byCategory: z.array(categoryFeeSchema).refine((fees) => new Set(fees.map((f) => f.category)).size === fees.length, {
      error: 'expected each category once, found a category listed twice',
    }),
    sources: sourcesSchema,
  }),
});

export type Programme = z.infer<typeof programmeSchema>;
