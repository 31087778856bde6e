// The <search-page> element of src/pages/search.astro.
import { loadInPlace } from './lazy-module';

/** Visiting /search/ is the reader's intent: the search code loads at once, but in its own chunk. */
class SearchPage extends HTMLElement {
  connectedCallback() {
    this.querySelector<HTMLElement>('.needs-script')?.remove();
    void loadInPlace(
      this,
      () => import('./search-ui'),
      (page) => page.attachSearchPage(this),
    );
  }
}
customElements.define('search-page', SearchPage);
