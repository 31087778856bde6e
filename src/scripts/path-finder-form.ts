// The <path-finder-form> element of src/pages/path-finder/index.astro.
import { pathFinderUrl } from '../lib/path-finder-url';

/** With JavaScript, the form goes straight to its result page; without, it reloads this page. */
class PathFinderForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    const params = new URLSearchParams(location.search);
    for (const [name, value] of params) {
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)) {
        if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked ||= field.value === value;
        else field.value = value;
      }
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      location.assign(pathFinderUrl(new URLSearchParams(new FormData(form) as unknown as Record<string, string>)));
    });
  }
}
customElements.define('path-finder-form', PathFinderForm);
