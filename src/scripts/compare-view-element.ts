// The <compare-view> element of src/pages/compare/index.astro.
/** Reads ?c= and renders the comparison in place; without JavaScript the form and the static pair pages remain. */
class CompareView extends HTMLElement {
  connectedCallback() {
    const result = this.querySelector<HTMLElement>('.result');
    const form = this.querySelector('form');
    if (!result || !form) return;
    const params = new URLSearchParams(location.search);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="c"]')) {
      box.checked = params
        .getAll('c')
        .flatMap((v) => v.split(','))
        .includes(box.value);
    }
    // Two certifications with a page of their own: show that page (it works without JavaScript too).
    const asked = params.getAll('c').flatMap((v) => v.split(','));
    const pair = [...this.querySelectorAll<HTMLAnchorElement>('a[data-pair]')].find(
      (a) => asked.length === 2 && asked.every((slug) => a.dataset['pair']?.split(' ').includes(slug)),
    );
    if (pair) return location.replace(pair.href);
    // Otherwise the renderer and its data load only when a comparison is asked for.
    if (params.has('c'))
      void import('./compare-view').then((view) =>
        view.renderComparisonFromQuery(params, result, this.querySelector<HTMLElement>('.compare-status')),
      );
  }
}
customElements.define('compare-view', CompareView);
