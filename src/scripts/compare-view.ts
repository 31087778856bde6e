import type { Service } from '../schemas/service';
import type { Cert } from '../lib/catalogue';
import { compare, comparisonView, MAX_COMPARED, parseCompareQuery } from '../lib/compare';
import { certsFromDocument, type CertificationsDocument } from '../lib/open-data';
import { renderComparison } from '../views/comparison';
import { el } from './dom';
import { routes } from '../lib/routes';

/**
 * Shows the result at the end of the page, so nothing moves under the reader, and says so in the
 * status line under the form, with a link to it.
 */
function show(target: HTMLElement, parts: HTMLElement[], status: HTMLElement | null, summary: string): void {
  target.replaceChildren(...parts);
  const first = parts[0];
  if (!first || !status) return;
  first.id ||= 'compare-result';
  const link = el('a', summary, { href: `#${first.id}` });
  status.replaceChildren(link);
}

/** Fetches the open data and renders the comparison chosen in `params` into `target`, with the pair pages' template. */
export async function renderComparisonFromQuery(
  params: URLSearchParams,
  target: HTMLElement,
  status: HTMLElement | null,
): Promise<void> {
  let certs: Cert[];
  let services: Service[];
  try {
    const [certDoc, serviceDoc] = await Promise.all([
      fetch(routes.data('certifications.json')).then((r) => r.json() as Promise<CertificationsDocument>),
      fetch(routes.data('services.json')).then((r) => r.json() as Promise<{ services: Service[] }>),
    ]);
    certs = certsFromDocument(certDoc);
    services = serviceDoc.services;
  } catch {
    if (status) status.textContent = 'The comparison data could not be loaded. Try the common comparisons below.';
    return;
  }
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const selection = parseCompareQuery(params, new Set(bySlug.keys()));
  const parts: HTMLElement[] = [];
  if (selection.unknown.length > 0) {
    const notice = el('div', undefined, { class: 'notice' });
    notice.append(
      el(
        'p',
        `No certification is called ${selection.unknown.map((u) => `“${u}”`).join(', ')}. Pick from the list above; the addresses use slugs such as solutions-architect-associate.`,
      ),
    );
    parts.push(notice);
  }
  if (selection.truncated) parts.push(el('p', `Only the first ${MAX_COMPARED} are compared.`, { class: 'notice' }));
  const chosen = selection.slugs.map((slug) => bySlug.get(slug)).filter((c): c is Cert => c !== undefined);
  if (chosen.length < 2) {
    parts.push(el('p', 'Choose at least two certifications to compare.'));
    show(target, parts, status, 'Your selection needs attention: see below.');
    return;
  }
  const names = new Map(services.map((s) => [s.id, s.name]));
  const result = el('section', undefined, { 'aria-labelledby': 'comparison', class: 'compared' });
  result.append(el('h2', chosen.map((c) => c.shortName).join(' vs '), { id: 'comparison' }));
  // The same template as the pair pages; everything in it is escaped (src/views/html.ts).
  result.insertAdjacentHTML('beforeend', renderComparison(comparisonView(compare(chosen), names)).value);
  parts.push(result);
  // Short enough for one line on a 320 px phone: a longer status wraps and pushes the page down (a layout shift).
  // The result's heading names the certifications.
  show(target, parts, status, 'Your comparison is below.');
}
