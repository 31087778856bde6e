import type { Day } from '../lib/catalogue/lifecycle-dates.ts';

/**
 * The day the site describes: the build date, or the day given by `SOURCE_DATE_EPOCH` (the reproducible-builds
 * convention: whole seconds since 1970-01-01 UTC), so anyone can build the site as it will look on a given day.
 */
export function buildDay(epoch: string | undefined = process.env['SOURCE_DATE_EPOCH'], now: Date = new Date()): Day {
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10);
  if (!/^\d{1,12}$/.test(epoch.trim())) {
    throw new Error(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (for 1 January 2027: 1798761600), found ${JSON.stringify(epoch)}`,
    );
  }
  return new Date(Number(epoch.trim()) * 1000).toISOString().slice(0, 10);
}

/** The SOURCE_DATE_EPOCH value for the start of a day, for builds and tests that pin the date. */
export const epochOfDay = (day: Day): string => String(Date.parse(`${day}T00:00:00Z`) / 1000);
