import type { StudyResource } from '../schemas/certification';
import { formatPartialDate, joinWords, plural } from '../lib/site/format';
import { inlineListSegments } from '../lib/site/inline-list';
import type { Day } from '../lib/catalogue/lifecycle-dates';
import {
  percent,
  practiceText,
  resourcesForDomain,
  reviewAdvice,
  sessionsText,
  SESSION_HOURS,
  taskText,
  type DomainReadiness,
  type PlanSlice,
  type Readiness,
  type StudyPlan,
} from '../lib/tools/preparation';
import { html, type SafeHtml } from './html';
import { renderScrollRegion } from './scroll-region';

/**
 * The readiness figures: one renderer for the page as built (no marks yet) and for the browser after every change.
 * Labelled as a self-assessment: the figures restate the reader's own marks, they predict nothing.
 */
export function renderReadiness(ready: Readiness, code: string): SafeHtml {
  const basis = ready.weighted
    ? 'each domain counted by its weight in the exam guide'
    : 'every domain counted the same, because AWS has not published the weights';
  const caption = `Your readiness per domain of ${code} (self-assessment)`;
  return html`<p class="readiness-overall">
      <strong>${`${percent(ready.overall)} of ${code} covered`}</strong>
      ${`by your own marks, with ${basis}. Confident counts as covered, unsure as half. This is a self-assessment, not a prediction of your score.`}
    </p>
    ${renderScrollRegion(
      caption,
      html`<table class="readiness-table stack">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col" class="num">Weight</th>
            <th scope="col" class="num">Confident</th>
            <th scope="col" class="num">Unsure</th>
            <th scope="col" class="num">Not started</th>
            <th scope="col" class="num">Covered</th>
          </tr>
        </thead>
        <tbody>
          ${ready.domains.map(
            (d) =>
              html`<tr>
                <th scope="row">${`${d.domain.number}. ${d.domain.name}`}</th>
                <td class="num" data-label="Weight">
                  ${d.domain.weight === undefined ? 'not published' : `${d.domain.weight}%`}
                </td>
                <td class="num" data-label="Confident">${d.counts.confident}</td>
                <td class="num" data-label="Unsure">${d.counts.unsure}</td>
                <td class="num" data-label="Not started">${d.counts['not-started']}</td>
                <td class="num" data-label="Covered">${percent(d.coverage)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}`;
}

/** One domain's figure, shown beside its marks so a change is seen where it is made. */
export function renderDomainReadiness(d: DomainReadiness): SafeHtml {
  return html`<strong>${`${percent(d.coverage)} covered`}</strong
    >${`: ${d.counts.confident} confident, ${d.counts.unsure} unsure, ${d.counts['not-started']} not started`}`;
}

/** The overall figure for the bar that stays in view while the reader marks tasks. */
export function renderReadinessSummary(ready: Readiness, code: string): SafeHtml {
  return html`<strong>${`${percent(ready.overall)} of ${code} covered`}</strong> by your marks. See
    <a href="#readiness">the figures</a> and <a href="#plan">your study plan</a>.`;
}

function planBasis(plan: StudyPlan, examDate: Day | undefined, today: Day): string {
  const weeks = plural(plan.weeks.length, 'week');
  const pace = `at ${plural(plan.hoursPerWeek, 'hour')} a week${plan.hoursGiven ? '' : ' (give your own hours a week to change it)'}`;
  if (plan.basis === 'exam-date' && examDate)
    return `${weeks} from ${formatPartialDate(today)} to your exam on ${formatPartialDate(examDate)}, ${pace}.`;
  if (plan.basis === 'weeks') return `${weeks} from ${formatPartialDate(today)}, ${pace}.`;
  return `${weeks} from ${formatPartialDate(today)}, ${pace}. Give your exam date or a number of weeks to change the length.`;
}

/** A domain's time in the plan, in words: "9 hours of study and 1 of review". */
function domainTime(time: StudyPlan['order'][number], unplanned: boolean): string {
  if (unplanned) return 'no time in this plan';
  const study = time.studyHours > 0 ? `${plural(time.studyHours, 'hour')} of study` : '';
  const review = time.reviewHours > 0 ? `${study ? time.reviewHours : plural(time.reviewHours, 'hour')} of review` : '';
  if (!study && !review) return 'no time in this plan';
  return [study, review].filter(Boolean).join(' and ') + (time.open === 0 ? ' (nothing left to study)' : '');
}

function resourceLinks(resources: readonly StudyResource[], before: string): SafeHtml | string {
  if (resources.length === 0) return '';
  return html`<p class="plan-resources">
    ${inlineListSegments(
      resources.map((r) => ({ label: r.title, href: r.url })),
      { before, after: '.' },
    ).map((part) => (typeof part === 'string' ? part : html`<a href="${part.href}">${part.label}</a>`))}
  </p>`;
}

function renderSlice(slice: PlanSlice, resources: readonly StudyResource[]): SafeHtml {
  if (slice.kind === 'practice-exam') {
    const length =
      slice.minutes === undefined ? 'as long as the real exam' : `${slice.minutes} minutes, like the real exam`;
    return html`<li class="plan-practice">
      <p><strong>Full practice exam</strong>${`: ${practiceText(slice.hours)}.`}</p>
      <p>
        ${`Sit a full-length practice exam in one go, timed (${length}), then go over every answer, right or wrong, and note the tasks to revisit before exam day.`}
      </p>
      ${resourceLinks(
        resources.filter((r) => r.kind === 'practice-question-set' || r.kind === 'sample-questions'),
        'Official practice questions: ',
      )}
    </li>`;
  }
  const head = html`<p>
    <strong>${`Domain ${slice.domain.number}, ${slice.domain.name}`}</strong
    >${`: ${slice.kind}, ${sessionsText(slice.hours)}.`}
  </p>`;
  const domainResources = resourceLinks(resourcesForDomain(resources, slice.domain.number), 'Official resources: ');
  if (slice.kind === 'review') {
    return html`<li class="plan-review">
      ${head}
      <p>${reviewAdvice(slice)}</p>
      ${domainResources}
    </li>`;
  }
  return html`<li class="plan-study">
    ${head}
    <ul class="plan-tasks">
      ${slice.tasks.map((task) => html`<li>${taskText(task)}</li>`)}
    </ul>
    ${domainResources}
  </li>`;
}

/** The week-by-week plan with the official resources for each domain and a calendar download. */
export function renderStudyPlan(input: {
  plan: StudyPlan;
  code: string;
  resources: readonly StudyResource[];
  examDate: Day | undefined;
  today: Day;
  /** The plan as an .ics file, for the download link. */
  ics: string;
}): SafeHtml {
  const { plan, code, resources } = input;
  const unplanned = new Set(plan.unplanned.map((d) => d.number));
  const lastWeek = plan.basis === 'exam-date' ? 'the week before your exam' : 'the last week';
  return html`<p>${planBasis(plan, input.examDate, input.today)}</p>
    <p>
      ${`The plan studies first: every task you have not marked confident, unsure ones before those not started, the domains with the most weight and the most still to cover first. Then it reviews each domain, and it ends with a full practice exam in ${lastWeek}. It counts in whole hours, in sessions of up to ${SESSION_HOURS} hours.`}
    </p>
    ${
      plan.unplanned.length > 0
        ? html`<p class="notice" role="note">
            <strong>Too little time.</strong>
            ${`${plural(plan.weeks.length, 'week')} at ${plural(plan.hoursPerWeek, 'hour')} a week leave no hour for ${joinWords(plan.unplanned.map((d) => `domain ${d.number}`))}. Add weeks or hours a week to study every domain.`}
          </p>`
        : ''
    }
    <ol class="plan-order">
      ${plan.order.map(
        (o) =>
          html`<li>
            ${`Domain ${o.domain.number}, ${o.domain.name}: ${domainTime(o, unplanned.has(o.domain.number))}`}
          </li>`,
      )}
    </ol>
    <ol class="plan-weeks">
      ${plan.weeks.map(
        (week, w) =>
          html`<li>
            <h3>
              ${`Week ${week.number}, from ${formatPartialDate(week.starts)}${w === plan.weeks.length - 1 ? `: ${lastWeek}` : ''}`}
            </h3>
            <ul>
              ${week.slices.map((slice) => renderSlice(slice, resources))}
            </ul>
          </li>`,
      )}
    </ol>
    <p class="no-print">
      <a
        download="${`${code.toLowerCase()}-study-plan.ics`}"
        href="${`data:text/calendar;charset=utf-8,${encodeURIComponent(input.ics)}`}"
        >${`Download the plan as a calendar file (.ics), one event a week`}</a
      >
    </p>`;
}
