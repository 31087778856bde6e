// The <compare-tool> element of src/pages/compare/index.astro.
import { routes } from '../lib/site/routes';
import { loadInPlace } from './lazy-module';

/** The slugs a compare address names (?c=a,b or repeated c), in its order. */
const slugsIn = (params: URLSearchParams): string[] =>
  params
    .getAll('c')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * Reads ?c= and renders the comparison under the form, in the order the certifications were ticked; without
 * JavaScript the form is hidden and the certification and pair pages remain.
 */
class CompareTool extends HTMLElement {
  /** The ticked certifications in the order the reader ticked them: the columns' order. */
  #order: string[] = [];

  connectedCallback() {
    const form = this.querySelector('form');
    if (!form || !this.querySelector('.result')) return;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="c"]')];
    this.#show(new URLSearchParams(location.search), false);
    for (const box of boxes) {
      box.addEventListener('change', () => {
        this.#order = this.#order.filter((slug) => slug !== box.value);
        if (box.checked) this.#order.push(box.value);
      });
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Ticked in order first, then any ticked some other way (the browser restoring a form), in page order.
      const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
      const order = [
        ...this.#order.filter((s) => ticked.includes(s)),
        ...ticked.filter((s) => !this.#order.includes(s)),
      ];
      const address = routes.compareWith(order);
      if (this.#pairPage(order)) return location.assign(this.#pairPage(order) ?? address);
      history.pushState(null, '', address);
      this.#show(new URLSearchParams(location.search), true);
    });
    window.addEventListener('popstate', () => this.#show(new URLSearchParams(location.search), true));
  }

  /** The pre-rendered page of exactly these two certifications in this order, if there is one. */
  #pairPage(order: readonly string[]): string | undefined {
    if (order.length !== 2) return undefined;
    return [...this.querySelectorAll<HTMLAnchorElement>('a[data-pair]')].find(
      (a) => a.dataset['pair'] === order.join(' '),
    )?.href;
  }

  /** Ticks the boxes the address names and renders its comparison; `asked` when the reader just chose it. */
  #show(params: URLSearchParams, asked: boolean): void {
    const slugs = slugsIn(params);
    const result = this.querySelector<HTMLElement>('.result');
    const status = this.querySelector<HTMLElement>('.compare-status');
    for (const box of this.querySelectorAll<HTMLInputElement>('input[name="c"]'))
      box.checked = slugs.includes(box.value);
    this.#order = slugs.filter((slug) => this.querySelector(`input[name="c"][value="${CSS.escape(slug)}"]`));
    // Two certifications whose page of their own has the same order: show that page (it works without JavaScript).
    const pair = this.#pairPage(slugs);
    if (pair && !asked) return location.replace(pair);
    if (!result) return;
    if (slugs.length === 0) {
      result.replaceChildren();
      if (status) status.textContent = '';
      return;
    }
    // The renderer and its data load only when a comparison is asked for.
    void loadInPlace(
      this,
      () => import('./compare-tool'),
      (view) => view.renderComparisonFromQuery(params, result, status),
    );
  }
}
customElements.define('compare-tool', CompareTool);
