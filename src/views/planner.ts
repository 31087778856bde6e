import type { Cert } from '../lib/catalogue/catalogue';
import { formatPartialDate, formatUsd } from '../lib/site/format';
import { inlineListSegments } from '../lib/site/inline-list';
import {
  bestRenewal,
  feeSummary,
  firstExamDay,
  heldVoucher,
  heldVoucherChecks,
  planFees,
  renewalCalendar,
  studySchedule,
  type FeeLine,
  type HeldVoucherCheck,
  type PlannerState,
} from '../lib/tools/planner';
import { yearsSpelledOut, type ProgrammeFigures } from '../lib/catalogue/programme';
import { renderScrollRegion } from './scroll-region';
import { html, type SafeHtml } from './html';
import { renderLoadFailed } from './load-failed';

/** Everything the planner's result is computed from: the reader's state and the planner's data. */
export interface PlannerInput {
  state: PlannerState;
  bySlug: ReadonlyMap<string, Cert>;
  certs: readonly Cert[];
  /** The reader's day: vouchers and expiry are judged on it when the first exam has no day of its own. */
  today: string;
  /** The readiness check of each exam that has one. */
  prepare: Record<string, { code: string; url: string }>;
  programme: ProgrammeFigures;
  /**
   * The reader's dates as a calendar file, when there are any (built in the browser, never sent anywhere); 'pending'
   * while the calendar's code loads, when the section waits rather than asking for dates the plan may already have
   * (holding the hidden notice it shows if that code cannot load).
   */
  calendar: { ics: string; count: number } | undefined | 'pending';
}

/** A result table in the one table box (src/views/scroll-region.ts), stacked into labelled cards on a phone. */
function table(caption: string, headers: readonly string[], rows: readonly (string | SafeHtml)[][]): SafeHtml {
  return renderScrollRegion(
    caption,
    html`<table class="stack">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${headers.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell, i) =>
                i === 0 ? html`<th scope="row">${cell}</th>` : html`<td data-label="${headers[i] ?? ''}">${cell}</td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>`,
  );
}

/** A sitting as the fees table reads it: "first: USD 150 with the 50% voucher from Cloud Practitioner". */
function sittingText(
  attempt: FeeLine['attempts'][number],
  i: number,
  percentOff: number,
  name: (slug: string) => string,
) {
  const cost = attempt.costUsd === undefined ? 'fee not yet published' : formatUsd(attempt.costUsd);
  const from = attempt.voucherFrom ? ` from ${name(attempt.voucherFrom)}` : '';
  const voucher = attempt.voucher
    ? `${attempt.costUsd === undefined ? ', less' : ' with'} the ${percentOff}% voucher${from}`
    : '';
  return `${i === 0 ? 'first' : 'retake'}: ${cost}${voucher}`;
}

/** What the reader's held certifications mean for the voucher on the first exam, in a sentence or two. */
function heldVoucherText(
  checks: readonly HeldVoucherCheck[],
  used: string | undefined,
  input: PlannerInput,
  name: (slug: string) => string,
  firstExam: string,
  firstExamDated: boolean,
): string | undefined {
  const percent = `${input.programme.voucherPercentOff}%`;
  const when = firstExamDated ? 'on the day of your first exam' : 'today';
  if (used) {
    const check = checks.find((c) => c.slug === used);
    const until = check?.usable ? ` (until ${formatPartialDate(check.expiresOn)})` : '';
    return `Your ${name(used)} is still valid ${when}${until}, so the ${percent} voucher its pass earned pays for ${name(firstExam)}, your first exam.`;
  }
  const reasons = checks.flatMap((check) => {
    if (check.usable) return [];
    if (check.reason === 'retired') return `${name(check.slug)} is retired, so we count no voucher from it.`;
    if (check.reason === 'expired')
      return check.expiresOn <= input.today
        ? `${name(check.slug)} expired on ${formatPartialDate(check.expiresOn)}, so its voucher can no longer be used.`
        : `${name(check.slug)} expires on ${formatPartialDate(check.expiresOn)}, before your first exam, so its voucher cannot pay for it.`;
    return `Give the day you earned ${name(check.slug)} to count its voucher: a voucher can be used only while the certification that earned it is valid.`;
  });
  return reasons.length > 0 ? reasons.join(' ') : undefined;
}

function feesSection(input: PlannerInput, name: (slug: string) => string): SafeHtml {
  const { state, bySlug, programme } = input;
  const firstExam = state.plan[0] ?? '';
  const onDay = firstExamDay(state, input.today);
  const checks = heldVoucherChecks(
    state.held,
    (slug) => bySlug.get(slug)?.status === 'retired',
    programme.validityYears,
    onDay,
  );
  const used = heldVoucher(checks, state.held);
  const fees = planFees(
    state.plan.map((slug) => ({
      slug,
      priceUsd: bySlug.get(slug)?.exam.format.priceUsd,
      retake: state.retakes.includes(slug),
    })),
    programme.voucherPercentOff,
    used,
  );
  const summary = feeSummary(fees, (slug) => bySlug.get(slug)?.examCode ?? slug);
  const dated = state.examDates.some((d) => d.slug === firstExam);
  const heldText = heldVoucherText(checks, used, input, name, firstExam, dated);
  const prepareItems = state.plan.flatMap((slug) => {
    const cert = bySlug.get(slug);
    const check = input.prepare[slug];
    return cert && check ? [{ label: `${cert.shortName} (${check.code})`, href: check.url }] : [];
  });
  return html`<h2>Exam fees</h2>
    ${heldText ? html`<p class="held-voucher">${heldText}</p>` : ''}
    ${table(
      'Fees in the order you take the exams',
      ['Exam', 'Sittings', 'Cost'],
      fees.lines.map((line) => [
        name(line.slug),
        line.attempts.map((a, i) => sittingText(a, i, programme.voucherPercentOff, name)).join('; '),
        line.subtotalUsd === undefined ? 'Not yet published' : formatUsd(line.subtotalUsd),
      ]),
    )}
    <p class="total">${summary.headline}</p>
    <p>${summary.detail}</p>
    ${
      prepareItems.length > 0
        ? html`<p>
            ${inlineListSegments(prepareItems, {
              before: 'Readiness check and week-by-week study plan: ',
              after: '.',
            }).map((part) => (typeof part === 'string' ? part : html`<a href="${part.href}">${part.label}</a>`))}
          </p>`
        : html`<p>None of these exams has task statements in a source we could read yet.</p>`
    }`;
}

function scheduleSection(input: PlannerInput, name: (slug: string) => string): SafeHtml {
  const { state } = input;
  const schedule = studySchedule(state.plan, state.studyHours ?? 0, state.hoursPerWeek ?? 0);
  const last = schedule?.at(-1);
  return html`<h2>Study schedule</h2>
    ${
      schedule && last
        ? html`${table(
              'One exam at a time',
              ['Exam', 'Weeks', 'Study'],
              schedule.map((s) => [
                name(s.slug),
                `${s.startWeek}–${s.startWeek + s.weeks - 1}`,
                `${s.weeks} week${s.weeks === 1 ? '' : 's'}`,
              ]),
            )}
            <p>${`About ${last.startWeek + last.weeks - 1} weeks in all at ${state.hoursPerWeek} hours a week.`}</p>`
        : html`<p>
            Enter the study hours you expect for each exam and the hours a week you can give to see a schedule. We do
            not guess study hours for you: they depend too much on your background.
          </p>`
    }`;
}

function renewalsSection(input: PlannerInput, name: (slug: string) => string): SafeHtml {
  const { state, programme } = input;
  const dated = state.held.filter((h): h is { slug: string; earnedOn: string } => h.earnedOn !== undefined);
  const best = bestRenewal(
    state.held.map((h) => h.slug),
    input.certs,
  );
  return html`<h2>Renewals</h2>
    ${
      dated.length > 0
        ? table(
            `When what you hold expires (${yearsSpelledOut(programme.validityYears)} after it was earned)`,
            ['Certification', 'Earned', 'Expires'],
            renewalCalendar(dated, programme.validityYears).map((r) => [
              name(r.slug),
              formatPartialDate(r.earnedOn),
              `${r.expiresOn <= input.today ? 'Expired on ' : ''}${formatPartialDate(r.expiresOn)}`,
            ]),
          )
        : ''
    }
    <p>
      ${
        best
          ? `Passing ${best.exam.shortName} (${best.exam.examCode}) renews the most of what you hold: ${best.renews.map((c) => c.shortName).join(', ')}.`
          : 'None of what you hold can be renewed by a current exam; retired certifications expire.'
      }
    </p>`;
}

/** The calendar download, or what to add to get one. */
export function renderPlannerCalendar(calendar: { ics: string; count: number } | undefined): SafeHtml {
  return html`<section aria-labelledby="plan-calendar">
    <h2 id="plan-calendar">Calendar</h2>
    ${
      calendar && calendar.count > 0
        ? html`<p>
            <a
              href="${`data:text/calendar;charset=utf-8,${encodeURIComponent(calendar.ics)}`}"
              download="aws-certification-plan.ics"
              >${`Download your ${calendar.count} date${calendar.count === 1 ? '' : 's'} as a calendar file (.ics)`}</a
            >
          </p>`
        : html`<p>Add the day you plan to sit an exam, or the day you earned one you hold, to download your dates.</p>`
    }
  </section>`;
}

/**
 * The planner's result: fees (with the voucher a held certification still earns, and never a total that hides a fee
 * AWS has not published), study schedule, renewals and the calendar download.
 */
export function renderPlannerResult(input: PlannerInput): SafeHtml {
  const { state, bySlug } = input;
  const name = (slug: string) => bySlug.get(slug)?.shortName ?? slug;
  if (state.plan.length === 0 && state.held.length === 0) {
    return html`<p>Tick an exam to take or one you hold to see your plan.</p>`;
  }
  return html`${state.plan.length > 0 ? html`${feesSection(input, name)}${scheduleSection(input, name)}` : ''}
    ${state.held.length > 0 ? renewalsSection(input, name) : ''}
    <div class="planner-calendar">
      ${input.calendar === 'pending' ? renderLoadFailed('The calendar download') : renderPlannerCalendar(input.calendar)}
    </div>`;
}
