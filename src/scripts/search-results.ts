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
