import type { ComparisonData } from '../lib/tools/compare';
import { renderDomainBars } from './domain-bars';
import { html, type SafeHtml } from './html';
import { renderScrollRegion } from './scroll-region';

const pills = (services: ComparisonData['shared']): SafeHtml =>
  services.length > 0
    ? html`<ul class="pill-list">
        ${services.map((s) => html`<li><a href="${s.href}">${s.name}</a></li>`)}
      </ul>`
    : html`<p>None.</p>`;

/**
 * The comparison of two to four certifications: the one template for the static pair pages (rendered at build time)
 * and for any choice on /compare/?c= (rendered in the browser), so both read the same and carry the same ids.
 */
export function renderComparison(view: ComparisonData): SafeHtml {
  const cells = (fact: ComparisonData['facts'][number]) =>
    fact.cells.map(
      (cell, i) =>
        html`<td data-label="${view.certifications[i]?.shortName ?? ''}">
          ${cell.value}${cell.unverified ? html` <span class="unverified" title="${cell.unverified}">unverified</span>` : ''}
        </td>`,
    );
  const caption = 'Exam facts side by side';
  return html`${renderScrollRegion(
      caption,
      html`<table class="comparison stack">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${view.certifications.map(
              (c) =>
                html`<th scope="col">
                  <a href="${c.href}">${c.shortName}</a>
                  <span class="badge category-${c.category}">${c.categoryLabel}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${view.facts.map(
            (fact) =>
              html`<tr data-fact="${fact.key}">
                <th scope="row">${fact.label}</th>
                ${cells(fact)}
              </tr>`,
          )}
        </tbody>
      </table>`,
    )}
    <h2 id="domains">Exam domains</h2>
    <div class="grid domains">
      ${view.domains.map(
        (d) =>
          html`<section class="card" aria-label="Domains of ${d.shortName}">
            <h3>${d.shortName}</h3>
            ${
              d.domains
                ? renderDomainBars(d.domains, `Exam domains of ${d.code} with their weights`)
                : html`<p>The outline of ${d.code} is not yet published.</p>`
            }
          </section>`,
      )}
    </div>
    <h2 id="services">Services</h2>
    <p>${`${view.shared.length} of the services the exam guides stress appear in ${view.together}.`}</p>
    <h3 id="shared-services">Shared by ${view.together}</h3>
    ${pills(view.shared)}
    <div class="grid">
      ${view.unique.map(
        (u) =>
          html`<section aria-label="Only in ${u.shortName}">
            <h3>Only in ${u.shortName}</h3>
            ${pills(u.services)}
          </section>`,
      )}
    </div>`;
}
