import type { Service } from '../schemas/service';
import type { Cert } from '../lib/catalog';
import { compare, MAX_COMPARED, parseCompareQuery } from '../lib/compare';
import { certsFromDocument, type CertificationsDocument } from '../lib/open-data';
import { el } from './dom';

const link = (href: string, text: string) => el('a', text, { href });

function servicePills(ids: string[], names: Map<string, string>): HTMLElement {
  if (ids.length === 0) return el('p', 'None.');
  const list = el('ul', undefined, { class: 'pill-list' });
  for (const id of [...ids].sort((a, b) => (names.get(a) ?? a).localeCompare(names.get(b) ?? b))) {
    const item = el('li');
    item.append(link(`/services/${id}/`, names.get(id) ?? id));
    list.append(item);
  }
  return list;
}

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

/** Fetches the open data and renders the comparison chosen in `params` into `target`. */
export async function renderComparison(
  params: URLSearchParams,
  target: HTMLElement,
  status: HTMLElement | null,
): Promise<void> {
  let certs: Cert[];
  let services: Service[];
  try {
    const [certDoc, serviceDoc] = await Promise.all([
      fetch('/data/certifications.json').then((r) => r.json() as Promise<CertificationsDocument>),
      fetch('/data/services.json').then((r) => r.json() as Promise<{ services: Service[] }>),
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
  const comparison = compare(chosen);
  const names = new Map(services.map((s) => [s.id, s.name]));
  parts.push(el('h2', chosen.map((c) => c.shortName).join(' vs '), { id: 'comparison' }));

  const scroll = el('div', undefined, { class: 'table-scroll' });
  const table = el('table', undefined, { class: 'comparison' });
  table.append(el('caption', 'Exam facts side by side'));
  const headRow = el('tr');
  headRow.append(el('td'));
  for (const cert of chosen) {
    const th = el('th', undefined, { scope: 'col' });
    th.append(link(`/certifications/${cert.slug}/`, cert.shortName));
    headRow.append(th);
  }
  const thead = el('thead');
  thead.append(headRow);
  const tbody = el('tbody');
  for (const fact of comparison.facts) {
    const row = el('tr');
    row.append(el('th', fact.label, { scope: 'row' }));
    for (const cell of fact.cells) row.append(el('td', cell.unverified ? `${cell.value} (unverified)` : cell.value));
    tbody.append(row);
  }
  table.append(thead, tbody);
  scroll.append(table);
  parts.push(scroll);

  parts.push(el('h2', 'Exam domains', { id: 'compared-domains' }));
  for (const cert of chosen) {
    parts.push(el('h3', cert.shortName));
    const list = el('ul');
    for (const domain of cert.exam.version.domains ?? [])
      list.append(el('li', domain.weight === undefined ? domain.name : `${domain.name}: ${domain.weight}%`));
    parts.push(list);
  }

  parts.push(el('h2', 'Services', { id: 'compared-services' }));
  parts.push(el('h3', chosen.length === 2 ? 'Shared by both' : 'Shared by all'));
  parts.push(servicePills(comparison.sharedServices, names));
  chosen.forEach((cert, i) => {
    parts.push(el('h3', `Only in ${cert.shortName}`));
    parts.push(servicePills(comparison.uniqueServices[i] ?? [], names));
  });
  show(target, parts, status, `The comparison of ${chosen.map((c) => c.shortName).join(', ')} is below.`);
}
