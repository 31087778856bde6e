import type { ExamDomain } from '../schemas/certification';
import { html, type SafeHtml } from './html';

/**
 * A version's domains as labelled bars: the one rendering for certification pages and comparisons. A domain whose
 * weight AWS has not published says so on the line of its bar, which it would leave empty. Kept out of the search
 * index (EXCLUDED_FROM_INDEX in src/integrations/pagefind.ts): labels and percentages run together in excerpts.
 */
export function renderDomainBars(domains: readonly ExamDomain[], label: string): SafeHtml {
  return html`<ol class="bars" aria-label="${label}">
    ${domains.map(
      (domain) =>
        html`<li>
          ${
            domain.weight === undefined
              ? html`<span>${domain.name}</span><span class="weight-unknown muted">weight not published</span>`
              : html`<span>${domain.name}</span><span class="num">${`${domain.weight}%`}</span
                  ><span class="bar" aria-hidden="true"><span style="inline-size:${domain.weight}%"></span></span>`
          }
        </li>`,
    )}
  </ol>`;
}
