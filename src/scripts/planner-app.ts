// The <planner-app> element of src/pages/planner.astro.
/** Loads the calculator as soon as the planner is on screen: the page exists to compute. */
class PlannerApp extends HTMLElement {
  connectedCallback() {
    this.querySelector('.needs-script')?.remove();
    void import('./planner-tool').then((view) => view.attachPlanner(this));
  }
}
customElements.define('planner-app', PlannerApp);
