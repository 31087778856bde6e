// The <path-finder-form> element of src/pages/path-finder/index.astro.
import type { LevelBoundary } from '../lib/tools/experience';
import { pathFinderUrl } from '../lib/tools/path-finder-url';

/**
 * With JavaScript, the form goes straight to its result page; without, it is hidden (it would only reload this page).
 * The goal has no default: submitting without one keeps the reader here with a message saying what to choose. The
 * experience levels come from content/path-finder.yaml, in the element's data-levels.
 */
class PathFinderForm extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    if (!form) return;
    const levels = JSON.parse(this.dataset['levels'] ?? '[]') as LevelBoundary[];
    const params = new URLSearchParams(location.search);
    for (const [name, value] of params) {
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)) {
        if (field instanceof HTMLInputElement && field.type === 'checkbox')
          field.checked ||= value.split(',').includes(field.value);
        else field.value = value;
      }
    }
    const goal = form.querySelector<HTMLSelectElement>('select[name="goal"]');
    goal?.addEventListener('invalid', () => goal.setCustomValidity(goal.value ? '' : (goal.dataset['missing'] ?? '')));
    goal?.addEventListener('change', () => goal.setCustomValidity(''));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const answers = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
      location.assign(pathFinderUrl(answers, levels));
    });
  }
}
customElements.define('path-finder-form', PathFinderForm);
