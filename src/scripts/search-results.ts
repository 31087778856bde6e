import type { ShownResult } from './search-engine';

/** Builds one result's content (title, category and code, excerpt) from text nodes only. */
export function resultContent(result: ShownResult): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = result.meta['title'] ?? result.url;
  fragment.append(title);
  const facts = [
    result.meta['category'],
    result.meta['code'],
    result.meta['status'] && result.meta['status'] !== 'Active' ? result.meta['status'] : undefined,
  ].filter(Boolean);
  if (facts.length > 0) {
    const meta = document.createElement('span');
    meta.className = 'result-meta';
    meta.textContent = facts.join(' · ');
    fragment.append(' ', meta);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  for (const segment of result.excerpt) {
    if (segment.marked) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      excerpt.append(mark);
    } else {
      excerpt.append(segment.text);
    }
  }
  fragment.append(excerpt);
  return fragment;
}

/** Replaces the list's items with one link per result. */
export function renderResultList(list: HTMLOListElement, results: readonly ShownResult[]): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.append(resultContent(result));
      item.append(link);
      return item;
    }),
  );
}

const drawn = new WeakMap<HTMLOListElement, string>();

/**
 * Shows a search's answer (markup from the one answer template) and results. A second drawing of what is already shown
 * (the search that runs once the query stands still finds what the first one found) leaves the page alone, so a
 * reader who has already moved into the results keeps their place; a different outcome keeps focus on the link to the
 * same page where it is still listed.
 */
export function drawSearchOutcome(
  answer: HTMLElement,
  list: HTMLOListElement,
  outcome: { answer?: { html: string } | undefined; results: readonly ShownResult[] },
): void {
  const shown = JSON.stringify([outcome.answer?.html ?? '', outcome.results]);
  if (drawn.get(list) === shown) return;
  drawn.set(list, shown);
  const active = document.activeElement;
  const focusedHref =
    active instanceof HTMLAnchorElement && (answer.contains(active) || list.contains(active)) ? active.href : undefined;
  answer.innerHTML = outcome.answer?.html ?? '';
  renderResultList(list, outcome.results);
  if (focusedHref === undefined) return;
  const same = [...answer.querySelectorAll('a'), ...list.querySelectorAll('a')].find((a) => a.href === focusedHref);
  same?.focus();
}

/** Empties the answer and the results, so the next outcome is drawn whatever it is. */
export function clearSearchOutcome(answer: HTMLElement, list: HTMLOListElement): void {
  drawn.delete(list);
  answer.replaceChildren();
  list.replaceChildren();
}
