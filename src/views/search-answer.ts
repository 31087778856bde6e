import type { SearchAnswer } from '../lib/search/answers';
import { html, type SafeHtml } from './html';

/**
 * A search answer: its title, a sentence or two, the exams that answer it with their figures, and where to go next.
 * The one template for the search dialog, the /search/ page (both in the browser) and the built answer pages (at
 * build time, for readers without JavaScript). Every value is escaped.
 */
export function renderSearchAnswer(view: SearchAnswer): SafeHtml {
  return html`<div class="search-answer" data-answer-kind="${view.kind}">
    <h2 class="answer-title">${view.title}</h2>
    ${view.summary.map((sentence) => html`<p class="answer-summary">${sentence}</p>`)}
    ${view.groups.map(
      (group) =>
        html`<div class="answer-group">
          <h3 class="answer-group-heading">${group.heading}</h3>
          <ul class="answer-items">
            ${group.items.map(
              (item) =>
                html`<li>
                  <a href="${item.href}">${item.label}</a>${item.beta ? html` <span class="badge">beta</span>` : ''}${
                    item.detail ? html` <span class="answer-detail">${item.detail}</span>` : ''
                  }
                </li>`,
            )}
          </ul>
        </div>`,
    )}
    <ul class="answer-next inline-links">
      <li><a class="answer-primary" href="${view.primary.href}">${view.primary.label}</a></li>
      ${view.more.map((link) => html`<li><a href="${link.href}">${link.label}</a></li>`)}
    </ul>
  </div>`;
}
