// The <path-result> element of src/pages/path-finder/[goal]/[level].astro and of its /yours/ page.
import { readPathQuery } from '../lib/tools/path-finder-url';
import { loadInPlace } from './lazy-module';

/**
 * Personalises the path with the reader's years and held certifications. On a /yours/ page (data-level set), which
 * lists no step of its own, an address that names nothing held goes to the pre-rendered path it stands for.
 */
class PathResult extends HTMLElement {
  connectedCallback() {
    const personal = readPathQuery(location.search);
    const yours = this.dataset['level'];
    if (yours && personal.held.length === 0) {
      const general = this.querySelector<HTMLAnchorElement>('.load-failed a');
      if (general) location.replace(`${general.pathname}${location.search}`);
      return;
    }
    if (personal.years === undefined && personal.held.length === 0) return;
    void loadInPlace(
      this,
      () => import('./path-result'),
      (view) => view.personalise(this, this.dataset['goal'] ?? '', personal),
    );
  }
}
customElements.define('path-result', PathResult);
