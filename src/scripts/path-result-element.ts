// The <path-result> element of src/pages/path-finder/[goal]/[level].astro.
import { readPathQuery } from '../lib/path-finder-url';

/** Personalises the pre-rendered path with the reader's years, held certifications and role. */
class PathResult extends HTMLElement {
  connectedCallback() {
    const personal = readPathQuery(location.search);
    if (personal.years === undefined && personal.held.length === 0 && !personal.role) return;
    void import('./path-result').then((view) => view.personalise(this, this.dataset['goal'] ?? '', personal));
  }
}
customElements.define('path-result', PathResult);
