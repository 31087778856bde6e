import { isAvailable, sortCertifications, type Cert } from './catalogue.ts';

/** One exam in a plan: its list price (undefined while AWS has not published it), and whether to budget a retake. */
export interface PlannedExam {
  slug: string;
  priceUsd: number | undefined;
  retake: boolean;
}

export interface FeeLine {
  slug: string;
  /** Each sitting: what it costs (undefined when the price is not published) and whether the voucher paid half. */
  attempts: { costUsd: number | undefined; voucher: boolean }[];
  /** What the known sittings cost; undefined when the exam's price is not published. */
  subtotalUsd: number | undefined;
}

export interface FeePlan {
  lines: FeeLine[];
  /** What the exams with a published price cost. */
  totalUsd: number;
  /** What the same sittings would cost with no voucher. */
  listPriceUsd: number;
  /** Exams left out of the totals because AWS has not published their price. */
  unpriced: string[];
}

/**
 * Exam fees for a plan taken in order. The voucher earned by passing one exam (voucherPercentOff, from
 * content/programme.yaml) takes its share off the first sitting of the next; a failed sitting earns nothing, so a retake is at the full fee. An exam whose price is not
 * yet published still uses (and passes on) the voucher, but stays out of the totals.
 */
export function planFees(exams: readonly PlannedExam[], voucherPercentOff: number): FeePlan {
  let voucherAvailable = false;
  let listPriceUsd = 0;
  const unpriced: string[] = [];
  const lines = exams.map((exam): FeeLine => {
    const price = exam.priceUsd;
    const at = (full: boolean) =>
      price === undefined ? undefined : full ? price : (price * (100 - voucherPercentOff)) / 100;
    const attempts: FeeLine['attempts'] = [{ costUsd: at(!voucherAvailable), voucher: voucherAvailable }];
    if (exam.retake) attempts.push({ costUsd: at(true), voucher: false });
    voucherAvailable = true;
    if (price === undefined) {
      unpriced.push(exam.slug);
      return { slug: exam.slug, attempts, subtotalUsd: undefined };
    }
    listPriceUsd += price * attempts.length;
    return { slug: exam.slug, attempts, subtotalUsd: attempts.reduce((sum, a) => sum + (a.costUsd ?? 0), 0) };
  });
  return { lines, totalUsd: lines.reduce((sum, l) => sum + (l.subtotalUsd ?? 0), 0), listPriceUsd, unpriced };
}

/** When each exam's study starts and how many weeks it takes, studying one exam at a time. */
export function studySchedule(
  slugs: readonly string[],
  studyHoursPerExam: number,
  hoursPerWeek: number,
): { slug: string; startWeek: number; weeks: number }[] | undefined {
  if (!(studyHoursPerExam > 0) || !(hoursPerWeek > 0)) return undefined;
  const weeks = Math.ceil(studyHoursPerExam / hoursPerWeek);
  return slugs.map((slug, i) => ({ slug, startWeek: i * weeks + 1, weeks }));
}

/** Adds whole years to a 'YYYY-MM-DD' date (29 February becomes 28 February in a common year). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The reader's held certifications with the day each expires (validityYears after it was earned), soonest first. */
export function renewalCalendar(
  held: readonly { slug: string; earnedOn: string }[],
  validityYears: number,
): { slug: string; earnedOn: string; expiresOn: string }[] {
  return held
    .map((h) => ({ ...h, expiresOn: addYears(h.earnedOn, validityYears) }))
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn));
}

/** The single current exam whose pass renews the most of the reader's certifications. */
export function bestRenewal(
  heldSlugs: readonly string[],
  certs: readonly Cert[],
): { exam: Cert; renews: Cert[] } | undefined {
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const held = heldSlugs.map((s) => bySlug.get(s)).filter((c): c is Cert => c !== undefined);
  let best: { exam: Cert; renews: Cert[] } | undefined;
  for (const exam of sortCertifications(certs.filter(isAvailable)).reverse()) {
    const renews = held.filter((c) => c.recertification.renewedBy.includes(exam.slug));
    if (renews.length > 0 && (!best || renews.length > best.renews.length)) best = { exam, renews };
  }
  return best;
}

/** The planner's state as kept in its URL. */
export interface PlannerState {
  /** Certifications to take, in order. */
  plan: string[];
  /** The day the reader plans to sit each exam, for those given a day. */
  examDates: { slug: string; on: string }[];
  /** Of those, the ones to budget a retake for. */
  retakes: string[];
  studyHours: number | undefined;
  hoursPerWeek: number | undefined;
  /** Certifications already held, with the day earned when given. */
  held: { slug: string; earnedOn: string | undefined }[];
}

/** True for a real calendar day written 'YYYY-MM-DD' (so 2024-13-45 and 2026-02-30 are not). */
export function isCalendarDay(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `slug` or `slug:YYYY-MM-DD` items of known certifications, each once, the date dropped unless it is a real day. */
function datedSlugs(values: string[], known: ReadonlySet<string>): { slug: string; on: string | undefined }[] {
  return values
    .flatMap((v) => v.split(','))
    .map((item) => item.trim().split(':'))
    .filter(([slug]) => slug !== undefined && known.has(slug))
    .map(([slug, date]) => ({ slug: slug ?? '', on: isCalendarDay(date) ? date : undefined }))
    .filter((h, i, all) => all.findIndex((o) => o.slug === h.slug) === i)
    .slice(0, 16);
}

const slugList = (values: string[], known: ReadonlySet<string>) => datedSlugs(values, known).map((d) => d.slug);

const positive = (value: string | null) => {
  const n = Number(value);
  return value !== null && Number.isFinite(n) && n > 0 && n <= 10_000 ? n : undefined;
};

/** Reads planner state from a query string; unknown slugs and malformed numbers or dates are dropped. */
export function parsePlannerQuery(search: string | URLSearchParams, known: ReadonlySet<string>): PlannerState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const planned = datedSlugs(params.getAll('c'), known);
  const plan = planned.map((p) => p.slug);
  const held = datedSlugs(params.getAll('held'), known).map((h) => ({ slug: h.slug, earnedOn: h.on }));
  return {
    plan,
    examDates: planned.flatMap((p) => (p.on ? [{ slug: p.slug, on: p.on }] : [])),
    retakes: slugList(params.getAll('retake'), new Set(plan)),
    studyHours: positive(params.get('study')),
    hoursPerWeek: positive(params.get('hours')),
    held,
  };
}

/**
 * The planner state after the reader changes the form: what the form has ticked, with exams kept in the order they
 * were added, plus whatever the previous state named that the form has no row for (a long catalogue's form lists
 * only the first certifications of each tier, and a shared link may name others).
 */
export function mergeFormState(
  previous: PlannerState,
  ticked: PlannerState,
  listed: ReadonlySet<string>,
): PlannerState {
  const unlisted = (slug: string) => !listed.has(slug);
  return {
    plan: [
      ...previous.plan.filter((slug) => ticked.plan.includes(slug) || unlisted(slug)),
      ...ticked.plan.filter((slug) => !previous.plan.includes(slug)),
    ],
    examDates: [...previous.examDates.filter((d) => unlisted(d.slug)), ...ticked.examDates],
    retakes: [...previous.retakes.filter(unlisted), ...ticked.retakes],
    studyHours: ticked.studyHours,
    hoursPerWeek: ticked.hoursPerWeek,
    held: [...previous.held.filter((h) => unlisted(h.slug)), ...ticked.held],
  };
}

/** The query string for planner state. */
export function plannerQueryString(state: PlannerState): string {
  const params = new URLSearchParams();
  const dateOf = (slug: string) => state.examDates.find((d) => d.slug === slug)?.on;
  if (state.plan.length)
    params.set('c', state.plan.map((slug) => (dateOf(slug) ? `${slug}:${dateOf(slug)}` : slug)).join(','));
  if (state.retakes.length) params.set('retake', state.retakes.join(','));
  if (state.studyHours) params.set('study', String(state.studyHours));
  if (state.hoursPerWeek) params.set('hours', String(state.hoursPerWeek));
  if (state.held.length)
    params.set('held', state.held.map((h) => (h.earnedOn ? `${h.slug}:${h.earnedOn}` : h.slug)).join(','));
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}
