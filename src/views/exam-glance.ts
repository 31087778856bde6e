import type { ExamGlance } from '../lib/tools/exam-glance';
import { html, type SafeHtml } from './html';

/**
 * An exam's fee, length and status as one wrapping row of labelled facts: the one template for the home page's start
 * for newcomers and for each step of a path, pre-rendered or computed in the browser. `status: 'flagged'` leaves out
 * an ordinary active status where space is short.
 */
export function renderExamGlance(glance: ExamGlance, options: { status?: 'always' | 'flagged' } = {}): SafeHtml {
  const status =
    options.status === 'flagged' && !glance.flagged
      ? ''
      : html`<div>
          <dt>Status</dt>
          <dd>${glance.status}</dd>
        </div>`;
  return html`<dl class="glance">
    <div>
      <dt>Fee</dt>
      <dd>${glance.price}</dd>
    </div>
    <div>
      <dt>Length</dt>
      <dd>${glance.length}</dd>
    </div>
    ${status}
  </dl>`;
}
