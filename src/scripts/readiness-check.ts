// The <readiness-check> element of src/pages/certifications/[slug]/prepare/[code].astro.
import { loadInPlace } from './lazy-module';

/**
 * Until there is something to compute (marks in the address or remembered in this browser, or a first change), the
 * built page is already right, so the calculator's code loads only then.
 */
class ReadinessCheck extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    // The form never submits to the server: the page computes everything in place.
    form.addEventListener('submit', (event) => event.preventDefault());
    const load = (startFrom: 'address' | 'form') =>
      void loadInPlace(
        this,
        () => import('./readiness-tool'),
        (view) => view.attachReadiness(this, startFrom),
      );
    let remembered = false;
    try {
      remembered = localStorage.getItem(this.dataset['storageKey'] ?? '') !== null;
    } catch {
      // Storage blocked: nothing was remembered.
    }
    if (location.search.length > 1 || remembered) load('address');
    else form.addEventListener('change', () => load('form'), { once: true });
  }
}
customElements.define('readiness-check', ReadinessCheck);
