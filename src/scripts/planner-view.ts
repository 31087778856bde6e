import type { Cert } from '../lib/catalogue';
import { formatPartialDate, formatUsd } from '../lib/format';
import { certsFromDocument, type PlannerDocument } from '../lib/open-data';
import { el } from './dom';
import { html } from '../views/html';
import { renderScrollRegion } from '../views/scroll-region';
import { planCalendarEvents } from '../lib/calendar';
import { icsCalendar } from '../lib/ical';
import { inlineListSegments } from '../lib/inline-list';
import { routes } from '../lib/routes';
import { yearsSpelledOut, type ProgrammeFigures } from '../lib/programme';
import {
  bestRenewal,
  mergeFormState,
  parsePlannerQuery,
  planFees,
  plannerQueryString,
  renewalCalendar,
  studySchedule,
  type PlannerState,
} from '../lib/planner';

function table(caption: string, headers: string[], rows: (string | HTMLElement)[][]): HTMLElement {
  // The box comes from the one table renderer (src/views/scroll-region.ts); the rows are built as nodes.
  const frame = el('template');
  frame.innerHTML = renderScrollRegion(caption, html`<table class="stack"></table>`).value;
  const wrap = frame.content.firstElementChild as HTMLElement;
  const t = wrap.querySelector('table') as HTMLTableElement;
  t.append(el('caption', caption));
  const head = el('tr');
  for (const h of headers) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      const td = i === 0 ? el('th') : el('td', undefined, { 'data-label': headers[i] ?? '' });
      if (td instanceof HTMLTableCellElement && i === 0) td.scope = 'row';
      td.append(cell);
      tr.append(td);
    });
    tbody.append(tr);
  }
  t.append(thead, tbody);
  return wrap;
}

/** Reads the form into planner state, keeping the order in which exams were added. */
function readForm(form: HTMLFormElement, previous: PlannerState, known: ReadonlySet<string>): PlannerState {
  const data = new FormData(form);
  const params = new URLSearchParams();
  params.set(
    'c',
    data
      .getAll('c')
      .map((slug) => {
        const on = String(data.get(`on-${String(slug)}`) ?? '');
        return on ? `${String(slug)}:${on}` : String(slug);
      })
      .join(','),
  );
  params.set('retake', data.getAll('retake').map(String).join(','));
  for (const key of ['study', 'hours']) params.set(key, String(data.get(key) ?? ''));
  params.set(
    'held',
    data
      .getAll('held')
      .map((slug) => {
        const earned = String(data.get(`earned-${String(slug)}`) ?? '');
        return earned ? `${String(slug)}:${earned}` : String(slug);
      })
      .join(','),
  );
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

/** The reader's plan as an .ics file they can download: built here, from the URL state, and never sent anywhere. */
function calendarDownload(
  state: PlannerState,
  bySlug: Map<string, Cert>,
  today: string,
  validityYears: number,
): HTMLElement {
  const events = planCalendarEvents(
    {
      exams: state.plan.map((slug) => ({ slug, on: state.examDates.find((d) => d.slug === slug)?.on })),
      held: state.held,
    },
    bySlug,
    today,
    new URL(location.origin),
    validityYears,
  );
  const section = el('section', undefined, { 'aria-labelledby': 'plan-calendar' });
  section.append(el('h2', 'Calendar', { id: 'plan-calendar' }));
  if (events.length === 0) {
    section.append(
      el('p', 'Add the day you plan to sit an exam, or the day you earned one you hold, to download your dates.'),
    );
    return section;
  }
  const ics = icsCalendar('My AWS certification plan', events, today);
  const link = el(
    'a',
    `Download your ${events.length} date${events.length === 1 ? '' : 's'} as a calendar file (.ics)`,
    {
      href: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`,
      download: 'aws-certification-plan.ics',
    },
  );
  const paragraph = el('p');
  paragraph.append(link);
  section.append(paragraph);
  return section;
}

/** A link to the readiness check and study plan of each planned exam that has one. */
function prepareLinks(
  plan: readonly string[],
  bySlug: Map<string, Cert>,
  prepare: PlannerDocument['prepare'],
): HTMLElement {
  const items = plan.flatMap((slug) => {
    const cert = bySlug.get(slug);
    const check = prepare[slug];
    return cert && check ? [{ label: `${cert.shortName} (${check.code})`, href: check.url }] : [];
  });
  if (items.length === 0) return el('p', 'None of these exams has task statements in a source we could read yet.');
  const paragraph = el('p');
  for (const part of inlineListSegments(items, { before: 'Readiness check and week-by-week study plan: ', after: '.' }))
    paragraph.append(typeof part === 'string' ? part : el('a', part.label, { href: part.href }));
  return paragraph;
}

function render(
  target: HTMLElement,
  state: PlannerState,
  bySlug: Map<string, Cert>,
  certs: Cert[],
  today: string,
  prepare: PlannerDocument['prepare'],
  programme: ProgrammeFigures,
): void {
  const parts: HTMLElement[] = [];
  const name = (slug: string) => bySlug.get(slug)?.shortName ?? slug;
  if (state.plan.length > 0) {
    const fees = planFees(
      state.plan.map((slug) => ({
        slug,
        priceUsd: bySlug.get(slug)?.exam.format.priceUsd,
        retake: state.retakes.includes(slug),
      })),
      programme.voucherPercentOff,
    );
    parts.push(el('h2', 'Exam fees'));
    parts.push(
      table(
        'Fees in the order you take the exams',
        ['Exam', 'Sittings', 'Cost'],
        fees.lines.map((line) => [
          name(line.slug),
          line.attempts
            .map(
              (a, i) =>
                `${i === 0 ? 'first' : 'retake'}: ${a.costUsd === undefined ? 'price not yet published' : formatUsd(a.costUsd)}${a.voucher ? ` with the ${programme.voucherPercentOff}% voucher` : ''}`,
            )
            .join('; '),
          line.subtotalUsd === undefined ? 'Not yet confirmed' : formatUsd(line.subtotalUsd),
        ]),
      ),
    );
    const total = el('p');
    total.className = 'total';
    const unpriced =
      fees.unpriced.length > 0
        ? ` It leaves out ${fees.unpriced.map(name).join(' and ')}, whose price AWS has not yet published.`
        : '';
    total.textContent = `Total: ${formatUsd(fees.totalUsd)} (${formatUsd(fees.listPriceUsd)} at list price without vouchers).${unpriced}`;
    parts.push(total);
    parts.push(prepareLinks(state.plan, bySlug, prepare));
    const schedule = studySchedule(state.plan, state.studyHours ?? 0, state.hoursPerWeek ?? 0);
    parts.push(el('h2', 'Study schedule'));
    if (schedule) {
      parts.push(
        table(
          'One exam at a time',
          ['Exam', 'Weeks', 'Study'],
          schedule.map((s) => [name(s.slug), `${s.startWeek}–${s.startWeek + s.weeks - 1}`, `${s.weeks} week(s)`]),
        ),
      );
      const last = schedule.at(-1);
      if (last)
        parts.push(
          el('p', `About ${last.startWeek + last.weeks - 1} weeks in all at ${state.hoursPerWeek} hours a week.`),
        );
    } else {
      parts.push(
        el(
          'p',
          'Enter the study hours you expect for each exam and the hours a week you can give to see a schedule. We do not guess study hours for you: they depend too much on your background.',
        ),
      );
    }
  }
  if (state.held.length > 0) {
    parts.push(el('h2', 'Renewals'));
    const dated = state.held.filter((h): h is { slug: string; earnedOn: string } => h.earnedOn !== undefined);
    if (dated.length > 0) {
      parts.push(
        table(
          `When what you hold expires (${yearsSpelledOut(programme.validityYears)} after it was earned)`,
          ['Certification', 'Earned', 'Expires'],
          renewalCalendar(dated, programme.validityYears).map((r) => [
            name(r.slug),
            formatPartialDate(r.earnedOn),
            formatPartialDate(r.expiresOn),
          ]),
        ),
      );
    }
    const best = bestRenewal(
      state.held.map((h) => h.slug),
      certs,
    );
    parts.push(
      el(
        'p',
        best
          ? `Passing ${best.exam.shortName} (${best.exam.examCode}) renews the most of what you hold: ${best.renews.map((c) => c.shortName).join(', ')}.`
          : 'None of what you hold can be renewed by a current exam; retired certifications expire.',
      ),
    );
  }
  if (parts.length === 0) {
    parts.push(el('p', 'Tick an exam to take or one you hold to see your plan.'));
  } else {
    parts.push(calendarDownload(state, bySlug, today, programme.validityYears));
  }
  target.replaceChildren(...parts);
}

/** Wires the planner: reads the URL, recomputes on every change and keeps the URL in step. */
export async function attachPlanner(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form');
  const results = root.querySelector<HTMLElement>('.results');
  if (!form || !results) return;
  let certs: Cert[];
  let today: string;
  let prepare: PlannerDocument['prepare'];
  let programme: ProgrammeFigures;
  try {
    const document = (await (await fetch(routes.data('planner.json'))).json()) as PlannerDocument;
    certs = certsFromDocument(document);
    today = document.generatedOn;
    prepare = document.prepare;
    programme = document.programme;
  } catch {
    results.textContent = 'The planner data could not be loaded.';
    return;
  }
  const bySlug = new Map(certs.map((c) => [c.slug, c]));
  const known = new Set(bySlug.keys());
  let state = parsePlannerQuery(location.search, known);
  writeForm(form, state);
  render(results, state, bySlug, certs, today, prepare, programme);
  const update = () => {
    state = readForm(form, state, known);
    history.replaceState(null, '', `${location.pathname}${plannerQueryString(state)}`);
    render(results, state, bySlug, certs, today, prepare, programme);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
}
