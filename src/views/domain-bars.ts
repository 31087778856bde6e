import type { ExamDomain } from '../schemas/certification';
import { html, type SafeHtml } from './html';

/**
 * A version's domains as labelled bars: the one rendering for certification pages and comparisons. Kept out of the
 * search index (EXCLUDED_FROM_INDEX in src/integrations/pagefind.ts): a chart's labels and percentages run together
 * into excerpts ("Design Secure Architectures30%").
 */
export function renderDomainBars(domains: readonly ExamDomain[], label: string): SafeHtml {
  return html`<ol class="bars" aria-label="${label}">
    ${domains.map(
      (domain) =>
        html`<li>
          <span>${domain.name}</span
          ><span class="num">${domain.weight === undefined ? 'weight not published' : `${domain.weight}%`}</span
          ><span class="bar" aria-hidden="true"><span style="inline-size:${domain.weight ?? 0}%"></span></span>
        </li>`,
    )}
  </ol>`;
}
