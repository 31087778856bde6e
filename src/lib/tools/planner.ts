import { isAvailable, sortCertifications, type Cert } from '../catalogue/catalogue.ts';
import { capitalise, formatUsd, joinWords } from '../site/format.ts';
import { isCalendarDay } from '../catalogue/lifecycle-dates.ts';

/** One exam in a plan: its list price (undefined while AWS has not published it), and whether to budget a retake. */
export interface PlannedExam {
  slug: string;
  priceUsd: number | undefined;
  retake: boolean;
}

export interface FeeLine {
  slug: string;
  /**
   * Each sitting: what it costs (undefined when the price is not published), whether a voucher paid part of it and,
   * when one did, the certification whose pass earned it.
   */
  attempts: { costUsd: number | undefined; voucher: boolean; voucherFrom?: string }[];
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
 * content/programme.yaml) takes its share off the first sitting of the next; a failed sitting earns nothing, so a
 * retake is at the full fee. `heldVoucherFrom` names a certification the reader already holds whose voucher they can
 * still use (see heldVoucher): it pays for the first exam. An exam whose price is not yet published still uses (and
 * passes on) the voucher, but stays out of the totals.
 */
export function planFees(exams: readonly PlannedExam[], voucherPercentOff: number, heldVoucherFrom?: string): FeePlan {
  let voucherFrom = heldVoucherFrom;
  let listPriceUsd = 0;
  const unpriced: string[] = [];
  const lines = exams.map((exam): FeeLine => {
    const price = exam.priceUsd;
    const at = (full: boolean) =>
      price === undefined ? undefined : full ? price : (price * (100 - voucherPercentOff)) / 100;
    const first = voucherFrom
      ? { costUsd: at(false), voucher: true, voucherFrom }
      : { costUsd: at(true), voucher: false };
    const attempts: FeeLine['attempts'] = [first];
    if (exam.retake) attempts.push({ costUsd: at(true), voucher: false });
    voucherFrom = exam.slug;
    if (price === undefined) {
      unpriced.push(exam.slug);
      return { slug: exam.slug, attempts, subtotalUsd: undefined };
    }
    listPriceUsd += price * attempts.length;
    return { slug: exam.slug, attempts, subtotalUsd: attempts.reduce((sum, a) => sum + (a.costUsd ?? 0), 0) };
  });
  return { lines, totalUsd: lines.reduce((sum, l) => sum + (l.subtotalUsd ?? 0), 0), listPriceUsd, unpriced };
}

/** Whether the voucher a held certification earned can pay for the plan's first exam, and why not when it cannot. */
export type HeldVoucherCheck =
  | { slug: string; usable: true; expiresOn: string }
  | { slug: string; usable: false; reason: 'undated' }
  | { slug: string; usable: false; reason: 'expired'; expiresOn: string }
  | { slug: string; usable: false; reason: 'retired'; expiresOn: string | undefined };

/**
 * The vouchers of what the reader holds, checked on `onDay` (the day of the first planned exam, or today): a pass
 * earns a voucher for a later exam, and it can be used only while the certification that earned it is active. So a
 * certification counts when it has a known earned day and is still valid on that day; one that has expired, or that
 * AWS has retired, earns nothing we can count on, and one without its earned day cannot be checked.
 */
export function heldVoucherChecks(
  held: readonly { slug: string; earnedOn: string | undefined }[],
  isRetired: (slug: string) => boolean,
  validityYears: number,
  onDay: string,
): HeldVoucherCheck[] {
  return held.map(({ slug, earnedOn }): HeldVoucherCheck => {
    const expiresOn = earnedOn === undefined ? undefined : addYears(earnedOn, validityYears);
    if (isRetired(slug)) return { slug, usable: false, reason: 'retired', expiresOn };
    if (expiresOn === undefined) return { slug, usable: false, reason: 'undated' };
    return expiresOn > onDay
      ? { slug, usable: true, expiresOn }
      : { slug, usable: false, reason: 'expired', expiresOn };
  });
}

/**
 * The held certification whose voucher pays for the first planned exam: of those still usable, the one earned last
 * (the voucher least likely to be spent already). A reader has one voucher per pass, so only one is counted.
 */
export function heldVoucher(
  checks: readonly HeldVoucherCheck[],
  held: readonly { slug: string; earnedOn: string | undefined }[],
): string | undefined {
  const earned = (slug: string) => held.find((h) => h.slug === slug)?.earnedOn ?? '';
  return checks
    .filter((c) => c.usable)
    .map((c) => c.slug)
    .sort((a, b) => earned(b).localeCompare(earned(a)))[0];
}

/** The day a plan's first exam is sat: the day the reader gave for it, else `today`. */
export function firstExamDay(state: Pick<PlannerState, 'plan' | 'examDates'>, today: string): string {
  const first = state.plan[0];
  return state.examDates.find((d) => d.slug === first)?.on ?? today;
}

/**
 * How a plan's fees add up, in words, never hiding a fee AWS has not published: the headline reads "Total: USD 325"
 * only when every fee is known, "USD 150 + the fee of SAP-C03" when one is not, and "Total not known yet" when no
 * planned exam has a published fee. `codeOf` names an exam by the code a reader books.
 */
export function feeSummary(plan: FeePlan, codeOf: (slug: string) => string): { headline: string; detail: string } {
  const listPrice = `${formatUsd(plan.listPriceUsd)} at list price without vouchers`;
  if (plan.unpriced.length === 0) {
    return { headline: `Total: ${formatUsd(plan.totalUsd)}`, detail: `(${listPrice}).` };
  }
  const codes = plan.unpriced.map(codeOf);
  const one = codes.length === 1;
  const fees = one ? `the fee of ${codes[0]}` : `the fees of ${joinWords(codes)}`;
  const unpublished = one
    ? `${codes[0]}’s fee is not yet published`
    : `the fees of ${joinWords(codes)} are not yet published`;
  if (plan.unpriced.length === plan.lines.length) {
    return {
      headline: 'Total not known yet',
      detail: `${capitalise(unpublished)}, so the plan has no total yet.`,
    };
  }
  return {
    headline: `${formatUsd(plan.totalUsd)} + ${fees}`,
    detail: `${formatUsd(plan.totalUsd)} for the exams with a published fee (${listPrice}); ${unpublished}, so the full cost is ${formatUsd(plan.totalUsd)} plus ${one ? 'that fee' : 'those fees'}.`,
  };
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
  // Higher exams first, so one that renews several wins; on a tie, a certification's own exam (the reader already
  // prepared for it once) beats a higher one that renews it just as well.
  for (const exam of sortCertifications(certs.filter(isAvailable)).reverse()) {
    const renews = held.filter((c) => c.recertification.renewedBy.includes(exam.slug));
    const own = (candidate: { exam: Cert; renews: Cert[] }) => candidate.renews.includes(candidate.exam);
    const candidate = { exam, renews };
    if (
      renews.length > 0 &&
      (!best ||
        renews.length > best.renews.length ||
        (renews.length === best.renews.length && own(candidate) && !own(best)))
    ) {
      best = candidate;
    }
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
