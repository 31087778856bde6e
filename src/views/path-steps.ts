import type { PathStepData } from '../lib/tools/path-finder';
import { renderExamGlance } from './exam-glance';
import { html, type SafeHtml } from './html';
import { routes } from '../lib/site/routes';

/**
 * The items of a recommended path: the one template for the pre-rendered result pages and for the personalised
 * path the browser computes from the reader's answers.
 */
export function renderPathStepItems(steps: readonly PathStepData[]): SafeHtml {
  if (steps.length === 0) {
    return html`<li>
      You already hold every certification on this path. See what builds on them in the
      <a href="${routes.roadmap}">roadmap</a>.
    </li>`;
  }
  return html`${steps.map(
    (step) =>
      html`<li>
        <h3><a href="${step.href}">${step.title}</a></h3>
        <p class="muted">${step.facts}</p>
        ${renderExamGlance(step.glance)}
        <p>${step.reason}</p>
      </li>`,
  )}`;
}
