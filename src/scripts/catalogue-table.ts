import {
  applyCatalogueListing,
  catalogueQueryString,
  parseCatalogueQuery,
  sortKeys,
  type CatalogueRow,
  type SortKey,
} from '../lib/catalogue/catalogue-listing';

/** Upgrades the catalogue's static table (src/pages/certifications/[...page].astro): sorting and filtering that keep their state in the URL. */
class CatalogueTable extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const body = this.querySelector('tbody');
    const count = this.querySelector('output');
    if (!form || !body || !count) return;
    const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-row]')].map((tr) => ({
      ...(JSON.parse(tr.dataset['row'] ?? '{}') as CatalogueRow),
      element: tr,
    }));
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
    let view = parseCatalogueQuery(location.search);

    const render = () => {
      const visible = applyCatalogueListing(rows, view);
      for (const row of rows) row.element.hidden = !visible.includes(row);
      body.append(...visible.map((row) => row.element));
      for (const th of headers) {
        if (th.dataset['sortKey'] === view.sort)
          th.setAttribute('aria-sort', view.dir === 'asc' ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      }
      (form.elements.namedItem('category') as HTMLSelectElement).value = view.category ?? '';
      (form.elements.namedItem('status') as HTMLSelectElement).value = view.status ?? '';
      (form.elements.namedItem('sort') as HTMLSelectElement).value = view.sort;
      (form.elements.namedItem('dir') as HTMLSelectElement).value = view.dir;
      count.textContent = `Showing ${visible.length} of ${rows.length}`;
      history.replaceState(null, '', `${location.pathname}${catalogueQueryString(view)}${location.hash}`);
      // Other pages of a long catalogue open with the same sort and filter.
      for (const link of this.querySelectorAll<HTMLAnchorElement>('.pager a')) link.search = location.search;
    };

    for (const th of headers) {
      const key = th.dataset['sortKey'] as SortKey;
      if (!sortKeys.includes(key)) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent;
      button.addEventListener('click', () => {
        view = { ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' };
        render();
      });
      // On a phone the header row is hidden (each row is a card) and the form's "Sort by" takes over: the header
      // keeps its name as plain text there, and the button, hidden, leaves the Tab order.
      const label = document.createElement('span');
      label.className = 'sort-label';
      label.textContent = th.textContent;
      th.replaceChildren(button, label);
    }
    // The form holds every choice (its sort fields follow the header buttons), so it is read whole.
    form.addEventListener('change', () => {
      view = parseCatalogueQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
      render();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      form.dispatchEvent(new Event('change'));
    });
    render();
  }
}
customElements.define('catalogue-table', CatalogueTable);
