import type { Cert } from '../lib/catalogue/catalogue';
import { certsFromDocument, type PlannerDocument } from '../lib/catalogue/open-data';
import { routes } from '../lib/site/routes';
import type { ProgrammeFigures } from '../lib/catalogue/programme';
import { mergeFormState, parsePlannerQuery, plannerQueryString, type PlannerState } from '../lib/tools/planner';
import { renderPlannerCalendar, renderPlannerResult } from '../views/planner';
import { loadInPlace } from './lazy-module';

/** The ticked slugs of a field, each with the day its date field gives ("slug:2027-03-01"), comma-separated. */
function slugsWithDays(data: FormData, field: string, dayField: string): string {
  return data
    .getAll(field)
    .map((slug) => {
      const day = String(data.get(`${dayField}-${String(slug)}`) ?? '');
      return day ? `${String(slug)}:${day}` : String(slug);
    })
    .join(',');
}

/** Reads the form into planner state, keeping the order in which exams were added. */
function readForm(form: HTMLFormElement, previous: PlannerState, known: ReadonlySet<string>): PlannerState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  params.set('c', slugsWithDays(data, 'c', 'on'));
  params.set('retake', data.getAll('retake').map(String).join(','));
  for (const key of ['study', 'hours']) params.set(key, String(data.get(key) ?? ''));
  params.set('held', slugsWithDays(data, 'held', 'earned'));
  const listed = new Set([...form.querySelectorAll<HTMLInputElement>('input[name="held"]')].map((box) => box.value));
  return mergeFormState(previous, parsePlannerQuery(params, known), listed);
}

function writeForm(form: HTMLFormElement, state: PlannerState): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (box.name === 'c') box.checked = state.plan.includes(box.value);
    if (box.name === 'retake') box.checked = state.retakes.includes(box.value);
    if (box.name === 'held') box.checked = state.held.some((h) => h.slug === box.value);
  }
  for (const held of state.held) {
    const date = form.querySelector<HTMLInputElement>(`input[name="earned-${CSS.escape(held.slug)}"]`);
    if (date && held.earnedOn) date.value = held.earnedOn;
  }
  for (const exam of state.examDates) {
    const date = form.querySelector<HTMLInputElement>(`input[name="on-${CSS.escape(exam.slug)}"]`);
    if (date) date.value = exam.on;
  }
  (form.elements.namedItem('study') as HTMLInputElement).value = state.studyHours ? String(state.studyHours) : '';
  (form.elements.namedItem('hours') as HTMLInputElement).value = state.hoursPerWeek ? String(state.hoursPerWeek) : '';
}

/** The reader's own calendar day: vouchers and expiry are judged on the day they read the plan. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Renders the result for a state; its calendar download follows once the calendar's code is there. */
function render(
  target: HTMLElement,
  state: PlannerState,
  data: { bySlug: Map<string, Cert>; certs: Cert[]; generatedOn: string; prepare: PlannerDocument['prepare'] },
  programme: ProgrammeFigures,
): void {
  const today = localToday() > data.generatedOn ? localToday() : data.generatedOn;
  const empty = state.plan.length === 0 && state.held.length === 0;
  // Rendered in the browser, so the build's pass that keeps exam codes on one line (src/middleware.ts) runs here.
  target.innerHTML = renderPlannerResult({
    state,
    bySlug: data.bySlug,
    certs: data.certs,
    today,
    prepare: data.prepare,
    programme,
    calendar: empty ? undefined : 'pending',
  }).value;
  if (empty) return;
  const slot = target.querySelector<HTMLElement>('.planner-calendar');
  if (!slot) return;
  // The calendar's code loads the first time a plan has something to put in a calendar; when it cannot, the slot says
  // so and offers to try again.
  void loadInPlace(
    slot,
    () => import('./planner-calendar'),
    (calendar) => {
      // A later change may have replaced this result meanwhile: its own calendar follows it.
      if (!slot.isConnected) return;
      slot.innerHTML = renderPlannerCalendar(
        calendar.plannerCalendar(state, data.bySlug, data.generatedOn, programme.validityYears),
      ).value;
    },
  );
}

/** Wires the planner: reads the URL, recomputes on every change and keeps the URL in step. */
export async function attachPlanner(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form');
  const results = root.querySelector<HTMLElement>('.results');
  if (!form || !results) return;
  let document: PlannerDocument;
  try {
    document = (await (await fetch(routes.data('planner.json'))).json()) as PlannerDocument;
  } catch {
    results.textContent = 'The planner data could not be loaded.';
    return;
  }
  const certs = certsFromDocument(document);
  const data = {
    bySlug: new Map(certs.map((c) => [c.slug, c])),
    certs,
    generatedOn: document.generatedOn,
    prepare: document.prepare,
  };
  const known = new Set(data.bySlug.keys());
  let state = parsePlannerQuery(location.search, known);
  writeForm(form, state);
  render(results, state, data, document.programme);
  const update = () => {
    state = readForm(form, state, known);
    history.replaceState(null, '', `${location.pathname}${plannerQueryString(state)}`);
    render(results, state, data, document.programme);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
}
