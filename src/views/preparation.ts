import type { StudyResource } from '../schemas/certification';
import { formatPartialDate, plural } from '../lib/format';
import { inlineListSegments } from '../lib/inline-list';
import type { Day } from '../lib/lifecycle-dates';
import { percent, resourcesForDomain, type Readiness, type StudyPlan } from '../lib/preparation';
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

/** How a share of a week reads: "the whole week", "half the week (4 hours)". */
function weekShare(ofWeek: number, hours: number | undefined): string {
  const share = ofWeek >= 0.999 ? 'the whole week' : `${percent(ofWeek)} of the week`;
  return hours === undefined ? share : `${share} (${plural(hours, 'hour')})`;
}

function planBasis(plan: StudyPlan, examDate: Day | undefined, today: Day): string {
  const weeks = plural(plan.weeks.length, 'week');
  const pace = plan.hoursPerWeek ? ` at ${plural(plan.hoursPerWeek, 'hour')} a week` : '';
  if (plan.basis === 'exam-date' && examDate)
    return `${weeks} from ${formatPartialDate(today)} to your exam on ${formatPartialDate(examDate)}${pace}.`;
  if (plan.basis === 'weeks') return `${weeks} from ${formatPartialDate(today)}${pace}.`;
  return `${weeks} from ${formatPartialDate(today)}${pace}: give your exam date or a number of weeks to change it.`;
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
  return html`<p>${planBasis(plan, input.examDate, input.today)}</p>
    <p>
      ${'The plan gives each domain time in proportion to its weight and to how much of it you have still to cover, and takes the domains with the most to gain first. Domains you are confident in keep a little time for review.'}
    </p>
    <ol class="plan-order">
      ${plan.order.map(
        (o) => html`<li>${`Domain ${o.domain.number}, ${o.domain.name}: ${percent(o.ofPlan)} of your time`}</li>`,
      )}
    </ol>
    <ol class="plan-weeks">
      ${plan.weeks.map(
        (week) =>
          html`<li>
            <h3>${`Week ${week.number}, from ${formatPartialDate(week.starts)}`}</h3>
            <ul>
              ${week.slices.map((slice) => {
                const domainResources = resourcesForDomain(resources, slice.domain.number);
                return html`<li>
                  <p>
                    <strong>${`Domain ${slice.domain.number}, ${slice.domain.name}`}</strong
                    >${`: ${weekShare(slice.ofWeek, slice.hours)}.`}
                  </p>
                  ${
                    slice.tasks.length > 0
                      ? html`<ul class="plan-tasks">
                          ${slice.tasks.map((task) => html`<li>${`${task.id} ${task.task}`}</li>`)}
                        </ul>`
                      : html`<p class="muted">Review what you marked confident and try practice questions.</p>`
                  }
                  ${
                    domainResources.length > 0
                      ? html`<p class="plan-resources">
                          ${inlineListSegments(
                            domainResources.map((r) => ({ label: r.title, href: r.url })),
                            { before: 'Official resources: ', after: '.' },
                          ).map((part) =>
                            typeof part === 'string' ? part : html`<a href="${part.href}">${part.label}</a>`,
                          )}
                        </p>`
                      : ''
                  }
                </li>`;
              })}
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
