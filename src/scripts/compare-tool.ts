import { compare, comparisonData, MAX_COMPARED, parseCompareQuery, type CompareDocument } from '../lib/tools/compare';
import { renderComparison } from '../views/comparison';
import { el } from './dom';
import { routes } from '../lib/site/routes';

/**
 * Shows the result under the form, moves focus to its heading, scrolls it to the top of the window (however long the
 * form above it on a phone) and says in the status line what it is.
 */
function show(target: HTMLElement, parts: HTMLElement[], status: HTMLElement | null, summary: string): void {
  target.replaceChildren(...parts);
  if (status) status.textContent = summary;
  const heading = target.querySelector<HTMLElement>('h2') ?? parts[0];
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  // Scrolled once the result has been laid out where it is: scrolling in the frame that inserts it counts everything
  // below it as moved (a layout shift), as Chromium measures shifts against the new scroll position.
  requestAnimationFrame(() => requestAnimationFrame(() => target.scrollIntoView({ block: 'start' })));
}

/**
 * Fetches the compare page's slice of the catalogue (/data/compare.json) and renders the comparison chosen in
 * `params` into `target`, with the pair pages' template, in the order the address names the certifications.
 */
export async function renderComparisonFromQuery(
  params: URLSearchParams,
  target: HTMLElement,
  status: HTMLElement | null,
): Promise<void> {
  let data: CompareDocument;
  try {
    data = (await fetch(routes.data('compare.json')).then((r) => r.json())) as CompareDocument;
  } catch {
    if (status) status.textContent = 'The comparison data could not be loaded. Try the common comparisons below.';
    return;
  }
  const bySlug = new Map(data.certifications.map((c) => [c.slug, c]));
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
  const chosen = selection.slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  if (chosen.length < 2) {
    parts.push(el('p', 'Choose at least two certifications to compare.'));
    show(target, parts, status, 'Your selection needs attention: see below.');
    return;
  }
  const names = new Map(Object.entries(data.services));
  const result = el('section', undefined, { 'aria-labelledby': 'comparison', class: 'compared' });
  result.append(el('h2', chosen.map((c) => c.shortName).join(' vs '), { id: 'comparison' }));
  // The same template as the pair pages; everything in it is escaped (src/views/html.ts).
  result.insertAdjacentHTML('beforeend', renderComparison(comparisonData(compare(chosen), names)).value);
  parts.push(result);
  // Short enough for one line on a 320 px phone; the result's heading names the certifications.
  show(target, parts, status, 'Your comparison is below.');
}
