// The readiness check's behaviour, loaded by src/scripts/readiness-check.ts once there is something to compute.
import { icsCalendar } from '../lib/changes/ical';
import {
  allTasks,
  markOptions,
  ignoredMarksNotice,
  parseReadinessQuery,
  readiness,
  readinessQueryString,
  readinessStorageKey,
  studyPlan,
  studyPlanEvents,
  percent,
  type Mark,
  type ReadinessPageData,
  type ReadinessState,
} from '../lib/tools/preparation';
import { renderDomainReadiness, renderReadiness, renderReadinessSummary, renderStudyPlan } from '../views/preparation';

const markByLetter = new Map(markOptions.map((o) => [o.letter, o.mark]));
const letterOf = (mark: Mark) => markOptions.find((o) => o.mark === mark)?.letter ?? 'n';

/** The reader's own calendar day: a plan starts from the day they open it, not the day the site was built. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Browser storage that may be blocked (private modes, policies): failures mean "not remembered", never an error. */
const storage = {
  read(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  write(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // Not remembered; the URL still holds the state.
    }
  },
};

/**
 * Wires the check: marks, exam date, weeks and hours are read from the URL (or this browser's storage), or from the
 * form when the reader has just changed it, and kept in the URL on every change.
 */
export function attachReadiness(root: HTMLElement, startFrom: 'address' | 'form'): void {
  const source = root.querySelector('script.prep-data');
  const form = root.querySelector('form');
  const readinessFigures = root.querySelector<HTMLElement>('.readiness-figures');
  const planBox = root.querySelector<HTMLElement>('.study-plan-box');
  const status = root.querySelector<HTMLElement>('.readiness-status');
  const summary = root.querySelector<HTMLElement>('.readiness-summary');
  if (!source?.textContent || !form || !readinessFigures || !planBox) return;
  const data = JSON.parse(source.textContent) as ReadinessPageData;
  const tasks = allTasks(data.domains);
  const key = readinessStorageKey(data.code);
  const remember = form.elements.namedItem('remember') as HTMLInputElement | null;

  const saved = storage.read(key);
  const fromUrl = location.search.length > 1;
  let state = parseReadinessQuery(fromUrl || !saved ? location.search : saved, tasks);
  // In 'form' mode the reader may have ticked or unticked it while this code loaded: leave it as they set it.
  if (remember && startFrom === 'address') remember.checked = saved !== null;

  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const writeForm = (s: ReadinessState) => {
    tasks.forEach((task, i) => {
      const letter = letterOf(s.marks[i] ?? 'not-started');
      const radio = form.querySelector<HTMLInputElement>(`input[name="t${task.id}"][value="${letter}"]`);
      if (radio) radio.checked = true;
    });
    const date = field('date');
    const weeks = field('weeks');
    const hours = field('hours');
    if (date) date.value = s.examDate ?? '';
    if (weeks) weeks.value = s.weeks ? String(s.weeks) : '';
    if (hours) hours.value = s.hoursPerWeek ? String(s.hoursPerWeek) : '';
  };
  const readForm = (): ReadinessState => {
    const values = new FormData(form);
    const letterFor = (task: (typeof tasks)[number]) => String(values.get(`t${task.id}`) ?? 'n');
    const params = new URLSearchParams({
      t: tasks.map((task) => `${task.key}${markByLetter.has(letterFor(task)) ? letterFor(task) : 'n'}`).join('.'),
      date: String(values.get('date') ?? ''),
      weeks: String(values.get('weeks') ?? ''),
      hours: String(values.get('hours') ?? ''),
    });
    return parseReadinessQuery(params, tasks);
  };
  const render = () => {
    const today = localToday();
    const ready = readiness(data.domains, state.marks);
    const plan = studyPlan(data.domains, state, today, { minutes: data.minutes });
    const events = studyPlanEvents(plan, { code: data.code, name: data.name, date: state.examDate, url: data.url });
    readinessFigures.innerHTML = renderReadiness(ready, data.code).value;
    planBox.innerHTML = renderStudyPlan({
      plan,
      code: data.code,
      resources: data.resources,
      examDate: state.examDate,
      today,
      ics: icsCalendar(`${data.code} study plan`, events, today),
    }).value;
    // The figures beside the marks, where the reader is looking when they change one.
    for (const d of ready.domains) {
      const figure = root.querySelector(`.domain-figure[data-domain="${d.domain.number}"]`);
      if (figure) figure.innerHTML = renderDomainReadiness(d).value;
    }
    if (summary) summary.innerHTML = renderReadinessSummary(ready, data.code).value;
    return ready;
  };

  if (startFrom === 'address') {
    writeForm(state);
    render();
    // Marks restored from this browser go into the address too, so the page can be shared as it is.
    if (!fromUrl && saved) history.replaceState(null, '', `${location.pathname}${readinessQueryString(state, tasks)}`);
    // Marks from an older link (or remembered before the tasks changed) are not applied: say so above the marks.
    const notice = ignoredMarksNotice(state);
    const noticeBox = root.querySelector<HTMLElement>('.ignored-marks');
    if (notice && noticeBox) {
      noticeBox.textContent = notice;
      noticeBox.hidden = false;
    }
  }
  const update = () => {
    state = readForm();
    const query = readinessQueryString(state, tasks);
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    storage.write(key, remember?.checked ? query || '?' : null);
    const ready = render();
    if (status) status.textContent = `Readiness ${percent(ready.overall)}; study plan updated.`;
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', update);
  if (startFrom === 'form') update();
}
