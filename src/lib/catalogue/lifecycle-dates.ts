/*
 * Dates in the life of an exam, as the content records them: a partial date ('2026', '2026-11', '2026-11-17'), a
 * range where sources disagree, or a forecast. Pure and free of zod, so schemas, pages and browser code share it.
 */

/** A date as the content records it (see lifecycleDateSchema in src/schemas/common.ts). */
export type LifecycleDate =
  string | { between: readonly [string, string]; note: string } | { expected: string; note: string };

/** A calendar day, 'YYYY-MM-DD'. */
export type Day = string;

/**
 * True for a real calendar day written 'YYYY-MM-DD' (not 2027-02-31): the one check every part of the site uses, for
 * content dates, the planner's and the readiness check's dates from an address, and the open data's build day.
 */
export function isCalendarDay(value: string | null | undefined): value is Day {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a partial date can mean: '2024-04' → '2024-04-01', '2019' → '2019-01-01'. */
export function firstDayOf(partial: string): Day {
  const [y, m = '01', d = '01'] = partial.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: '2024-04' → '2024-04-30', '2019' → '2019-12-31'. */
export function lastDayOf(partial: string): Day {
  const [y, m, d] = partial.split('-');
  if (d) return partial;
  if (!m) return `${y}-12-31`;
  const days = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${pad(days)}`;
}

/** True for a forecast that no source has confirmed yet. */
export const isExpected = (date: LifecycleDate): date is { expected: string; note: string } =>
  typeof date === 'object' && 'expected' in date;

/** True when sources disagree and the date is a range. */
export const isRange = (date: LifecycleDate): date is { between: readonly [string, string]; note: string } =>
  typeof date === 'object' && 'between' in date;

/** The partial dates a lifecycle date spans: one, or the earliest and latest reading. */
function bounds(date: LifecycleDate): [string, string] {
  if (typeof date === 'string') return [date, date];
  if (isRange(date)) return [date.between[0], date.between[1]];
  return [date.expected, date.expected];
}

/** The earliest day the date can mean. */
export const earliestDay = (date: LifecycleDate): Day => firstDayOf(bounds(date)[0]);

/** The latest day the date can mean. */
export const latestDay = (date: LifecycleDate): Day => lastDayOf(bounds(date)[1]);

/**
 * True once a first day has certainly come: a confirmed date whose latest reading is today or earlier. A forecast,
 * or a range still open today, has not.
 */
export const hasStarted = (start: LifecycleDate | undefined, today: Day): boolean =>
  start !== undefined && !isExpected(start) && latestDay(start) <= today;

/** True once a last day has certainly passed: a confirmed date whose latest reading is before today. */
export const hasEnded = (end: LifecycleDate | undefined, today: Day): boolean =>
  end !== undefined && !isExpected(end) && latestDay(end) < today;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** '2025-09-30' → '30 September 2025'; '2024-04' → 'April 2024'; '2019' → '2019'. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? monthNames[Number(month) - 1] : undefined;
  if (!monthName) return year ?? value;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Two readings of one date as prose: '16 or 17 November 2026', '30 November or 1 December 2026', 'July 2022 or July 2023'. */
function formatRange(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  if (fd && td && fy === ty && fm === tm) return `${Number(fd)} or ${formatPartialDate(to)}`;
  if (fd && td && fy === ty) return `${formatPartialDate(from).replace(` ${fy}`, '')} or ${formatPartialDate(to)}`;
  return `${formatPartialDate(from)} or ${formatPartialDate(to)}`;
}

/** A lifecycle date as prose: '17 November 2026', '16 or 17 November 2026', 'expected 14 January 2027'. */
export function formatLifecycleDate(date: LifecycleDate): string {
  if (typeof date === 'string') return formatPartialDate(date);
  if (isRange(date)) return formatRange(date.between[0], date.between[1]);
  return `expected ${formatPartialDate(date.expected)}`;
}

/** The `datetime` value for a <time> element: the date itself, or the latest reading of a range. */
export const machineDate = (date: LifecycleDate): string =>
  typeof date === 'string' ? date : isRange(date) ? date.between[1] : date.expected;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export const daysBetweenDays = (from: Day, to: Day): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Adds whole days to a day. */
export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A version's dates in the order they must happen. */
interface DatedVersion {
  announced?: LifecycleDate | undefined;
  beta?: { from?: LifecycleDate | undefined; until?: LifecycleDate | undefined } | undefined;
  availableFrom?: LifecycleDate | undefined;
  lastDay?: LifecycleDate | undefined;
}

/** Content problems where a version's dates are certainly out of order (ranges count only if no reading fits). */
export function dateOrderProblems(version: DatedVersion): { path: (string | number)[]; message: string }[] {
  const sequence: [path: (string | number)[], date: LifecycleDate | undefined][] = [
    [['announced'], version.announced],
    [['beta', 'from'], version.beta?.from],
    [['beta', 'until'], version.beta?.until],
    [['availableFrom'], version.availableFrom],
    [['lastDay'], version.lastDay],
  ];
  const dated = sequence.filter((entry): entry is [(string | number)[], LifecycleDate] => entry[1] !== undefined);
  const problems: { path: (string | number)[]; message: string }[] = [];
  dated.forEach(([path, date], i) => {
    for (const [earlierPath, earlier] of dated.slice(0, i)) {
      if (latestDay(date) < earliestDay(earlier)) {
        problems.push({
          path,
          message: `expected ${path.join('.')} (${formatLifecycleDate(date)}) on or after ${earlierPath.join('.')} (${formatLifecycleDate(earlier)})`,
        });
        return;
      }
    }
  });
  return problems;
}
