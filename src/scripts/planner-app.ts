// The <planner-app> element of src/pages/planner.astro.
import { loadInPlace } from './lazy-module';

/** Loads the calculator as soon as the planner is on screen: the page exists to compute. */
class PlannerApp extends HTMLElement {
  connectedCallback() {
    this.querySelector('.needs-script')?.remove();
    void loadInPlace(
      this,
      () => import('./planner-tool'),
      (view) => view.attachPlanner(this),
    );
  }
}
customElements.define('planner-app', PlannerApp);
