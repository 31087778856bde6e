import { z } from 'astro/zod';

/** A lower-case, hyphenated identifier such as `solutions-architect-associate` or `amazon-s3`. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `expected a lower-case slug of letters, digits and hyphens (like "amazon-s3"), found ${JSON.stringify(issue.input)}`,
});

/** YAML turns an unquoted 2025-09-30 into a Date; accept it and keep the calendar day as text. */
function dateToText(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** A full calendar day, written 'YYYY-MM-DD'. */
export const calendarDateSchema = z.preprocess(
  dateToText,
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    error: (issue) => `expected a date written 'YYYY-MM-DD', found ${JSON.stringify(issue.input)}`,
  }),
);

/**
 * A date known to the day ('2025-09-30'), the month ('2024-04') or the year ('2019').
 * Many AWS dates are only reported to the month; we never pad them into a precise-looking day.
 */
export const partialDateSchema = z.preprocess(
  dateToText,
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: (issue) => `expected a date written 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', found ${JSON.stringify(issue.input)}`,
  }),
);

/** An absolute https:// address. */
export const httpsUrlSchema = z.url({
  protocol: /^https?$/,
  error: (issue) => `expected an absolute http(s) URL, found ${JSON.stringify(issue.input)}`,
});

/** A source that backs one or more facts on a page. */
export const sourceSchema = z.strictObject({
  /** Where the fact can be checked. */
  url: httpsUrlSchema,
  /** What this source confirms, in a few words (for example "exam length and question count"). */
  confirms: z.string().min(3, { error: 'say in a few words what this source confirms' }),
  /** Whether the source is AWS itself (official) or a third party. */
  official: z.boolean().default(false),
});

export type Source = z.infer<typeof sourceSchema>;
