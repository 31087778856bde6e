import { z } from 'astro/zod';
import { describeFound } from './error-map.ts';
import { sourceOrigins } from './enums.ts';
import { isCalendarDay } from '../lib/catalogue/lifecycle-dates.ts';
import { SLUG_PATTERN } from '../lib/site/slug.ts';

/** A lower-case, hyphenated identifier such as `solutions-architect-associate` or `amazon-s3`. */
export const slugSchema = z.string().regex(SLUG_PATTERN, {
  error: (issue) =>
    `expected a lower-case slug of letters, digits and hyphens (like "amazon-s3"), found ${JSON.stringify(issue.input)}`,
});

/** YAML turns an unquoted 2025-09-30 into a Date; accept it and keep the calendar day as text. */
function dateToText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** A full calendar day, written 'YYYY-MM-DD', that exists (not 2027-02-31). */
export const calendarDateSchema = z.preprocess(
  dateToText,
  z.string().refine(isCalendarDay, {
    error: (issue) => `expected a real day written 'YYYY-MM-DD', found ${JSON.stringify(issue.input)}`,
  }),
);

/**
 * A date known to the day ('2025-09-30'), the month ('2024-04') or the year ('2019').
 * Many AWS dates are only reported to the month; we never pad them into a precise-looking day.
 */
export const partialDateSchema = z.preprocess(
  dateToText,
  z.string().refine((text) => /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text) || isCalendarDay(text), {
    error: (issue) =>
      `expected a real date written 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', found ${JSON.stringify(issue.input)}`,
  }),
);

/** An absolute https:// address. */
export const httpsUrlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) => `expected an absolute http(s) URL, found ${JSON.stringify(issue.input)}`,
});

/**
 * A date in the life of an exam, as precisely as the evidence allows:
 * - `'2026-11-17'` (or `'2026-11'`, `'2026'`): one date the sources agree on;
 * - `{ between: ['2026-11-16', '2026-11-17'], note }`: sources disagree; the earliest and the latest reading;
 * - `{ expected: '2027-01-14', note }`: announced as a forecast, not confirmed. A forecast never changes what the
 *   site says is bookable; it is shown as "expected" until an author records the confirmed date.
 */
export const lifecycleDateSchema = z.union(
  [
    partialDateSchema,
    z.strictObject({
      /** The earliest and the latest date the sources give, in that order. */
      between: z.tuple([partialDateSchema, partialDateSchema]),
      /** Which source says which. */
      note: z.string().min(10, {
        error: (i) => `expected a sentence saying which source gives which date, found ${describeFound(i.input)}`,
      }),
    }),
    z.strictObject({
      /** The forecast date. */
      expected: partialDateSchema,
      /** Who forecasts it and how firm it is. */
      note: z
        .string()
        .min(10, { error: (i) => `expected a sentence saying who expects this date, found ${describeFound(i.input)}` }),
    }),
  ],
  {
    error: (issue) =>
      `expected a date ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY'), { between: [earliest, latest], note } or { expected: date, note }, found ${JSON.stringify(issue.input)}`,
  },
);

/** The date a source's content reflects ('YYYY-MM-DD', 'YYYY-MM', 'YYYY'), or `undated` when it carries none. */
export const evidenceDateSchema = z.union([partialDateSchema, z.literal('undated')], {
  error: (issue) =>
    `expected the date the source's content reflects ('YYYY-MM-DD', 'YYYY-MM' or 'YYYY') or 'undated', found ${JSON.stringify(issue.input)}`,
});

/** A source that backs one or more facts on a page. */
export const sourceSchema = z
  .strictObject({
    /** Where the fact can be checked. */
    url: httpsUrlSchema,
    /** What this source confirms, in a few words (for example "exam length and question count"). */
    confirms: z
      .string()
      .min(3, { error: (i) => `expected a few words on what this source confirms, found ${describeFound(i.input)}` }),
    /**
     * Who stands behind it: `aws` (AWS's own page or exam guide), `aws-copy` (a verbatim copy of an AWS page, named
     * in `copyOf`) or `independent` (a third party reporting what it read).
     */
    origin: z.enum(sourceOrigins, {
      error: (issue) => `expected one of ${sourceOrigins.join(', ')}, found ${JSON.stringify(issue.input)}`,
    }),
    /** For an `aws-copy`: the AWS page it reproduces, by address or, when AWS no longer publishes it, by name. */
    copyOf: z.string().min(5).optional(),
    /** The date the source's content reflects (its publication or "checked on" date), not the day we read it. */
    asOf: evidenceDateSchema,
    /**
     * For an AWS page read word for word through a public mirror of AWS's documentation (AWS's own address stays in
     * `url`): the mirror's address. `asOf` is then the day the page was read there.
     */
    readIn: httpsUrlSchema.optional(),
  })
  .superRefine((source, ctx) => {
    if (source.origin === 'aws-copy' && !source.copyOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['copyOf'],
        message: 'expected the address of the AWS page this source copies, because origin is aws-copy; found none',
      });
    }
    if (source.readIn && source.origin !== 'aws') {
      ctx.addIssue({
        code: 'custom',
        path: ['readIn'],
        message: `expected readIn only on an AWS page (origin aws) read through a mirror, found origin ${source.origin}`,
      });
    }
    if (source.readIn && source.asOf === 'undated') {
      ctx.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: 'expected the day the page was read in the mirror, because readIn is set; found undated',
      });
    }
    if (source.origin !== 'aws-copy' && source.copyOf) {
      ctx.addIssue({
        code: 'custom',
        path: ['origin'],
        message: `expected origin aws-copy because copyOf is set, found ${source.origin}`,
      });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
