/*
 * Preparing for one exam version: its task statements numbered as in the exam guide, a reader's readiness marks
 * (kept in the URL), coverage per domain weighted by the domain weights, and a week-by-week study plan that gives
 * each domain time in proportion to its weight and the reader's gaps. Pure: the page and the browser both use it.
 */
import type { ExamVersion, StudyResource, VersionPhase } from '../schemas/certification.ts';
import type { Cert } from './catalogue.ts';
import { UID_DOMAIN } from './calendar.ts';
import type { CalendarEvent } from './ical.ts';
import { addDays, type Day } from './lifecycle-dates.ts';

/** How ready a reader feels on one task. */
export type Mark = 'confident' | 'unsure' | 'not-started';

/** The marks in the order the checklist shows them. */
export const marks: readonly Mark[] = ['confident', 'unsure', 'not-started'];

export const markLabels: Record<Mark, string> = {
  confident: 'Confident',
  unsure: 'Unsure',
  'not-started': 'Not started',
};

/** How much of a task a mark counts as covered: unsure is half-way. */
const markCoverage: Record<Mark, number> = { confident: 1, unsure: 0.5, 'not-started': 0 };

/** One letter per mark in the URL: `c`, `u`, `n`. */
const markLetters: Record<Mark, string> = { confident: 'c', unsure: 'u', 'not-started': 'n' };
const markByLetter = new Map(Object.entries(markLetters).map(([mark, letter]) => [letter, mark as Mark]));

/** One task statement, numbered as AWS numbers it ("2.3": domain 2, task 3). */
export interface PrepTask {
  id: string;
  task: string;
  services: string[];
}

/** One domain of the version, with its share of the exam (weights normalised to add up to 1). */
export interface PrepDomain {
  number: number;
  name: string;
  /** The published weight in percent, or undefined when AWS has not published weights. */
  weight: number | undefined;
  /** Its share of the exam: the weight as a fraction, or an equal share when no weights are published. */
  share: number;
  tasks: PrepTask[];
}

/** The domains of a version that has task statements on every domain; undefined otherwise. */
export function prepDomains(version: Pick<ExamVersion, 'domains'>): PrepDomain[] | undefined {
  const domains = version.domains;
  if (!domains || domains.length === 0 || domains.some((d) => !d.tasks || d.tasks.length === 0)) return undefined;
  const weighted = domains.every((d) => d.weight !== undefined);
  const totalWeight = weighted ? domains.reduce((sum, d) => sum + (d.weight ?? 0), 0) : domains.length;
  return domains.map((domain, d) => ({
    number: d + 1,
    name: domain.name,
    weight: domain.weight,
    share: weighted ? (domain.weight ?? 0) / totalWeight : 1 / domains.length,
    tasks: (domain.tasks ?? []).map((task, t) => ({
      id: `${d + 1}.${t + 1}`,
      task: task.task,
      services: task.services,
    })),
  }));
}

/** Every task of the version in checklist order. */
export const allTasks = (domains: readonly PrepDomain[]): PrepTask[] => domains.flatMap((d) => d.tasks);

/** What a reader entered: one mark per task in checklist order, and the plan's settings. */
export interface ReadinessState {
  marks: Mark[];
  /** The day of the exam, if booked. */
  examDate?: Day | undefined;
  /** Weeks to plan when no exam date is given. */
  weeks?: number | undefined;
  /** Hours a week the reader can study. */
  hoursPerWeek?: number | undefined;
}

/** Weeks planned when the reader gives neither an exam date nor a number of weeks. */
export const DEFAULT_PLAN_WEEKS = 6;
/** The longest plan we draw. */
export const MAX_PLAN_WEEKS = 52;
const MAX_HOURS_PER_WEEK = 80;

const dayPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const wholeNumber = (text: string | null, max: number): number | undefined => {
  if (!text || !/^\d{1,4}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && value <= max ? value : undefined;
};

/**
 * Reads `?m=cun…&date=YYYY-MM-DD&weeks=N&hours=N`. Anything malformed is ignored rather than guessed at: marks with
 * any other character are dropped whole, marks beyond the last task are dropped, a bad date or number is left out.
 */
export function parseReadinessQuery(query: string | URLSearchParams, taskCount: number): ReadinessState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  // Marks with any character but c, u or n are not a readiness link: they are ignored whole, never read in part.
  const given = params.get('m') ?? '';
  const letters = /^[cun]*$/.test(given) ? given.slice(0, taskCount) : '';
  const marksRead = Array.from(
    { length: taskCount },
    (_, i): Mark => markByLetter.get(letters[i] ?? '') ?? 'not-started',
  );
  const date = params.get('date') ?? '';
  return {
    marks: marksRead,
    examDate: dayPattern.test(date) ? date : undefined,
    weeks: wholeNumber(params.get('weeks'), MAX_PLAN_WEEKS),
    hoursPerWeek: wholeNumber(params.get('hours'), MAX_HOURS_PER_WEEK),
  };
}

/** Where a reader's marks for one exam version are remembered in the browser, when they ask. */
export const readinessStorageKey = (code: string): string => `readiness:${code}`;

/** The query string that restores a state (empty when there is nothing to keep). */
export function readinessQueryString(state: ReadinessState): string {
  const params = new URLSearchParams();
  if (state.marks.some((m) => m !== 'not-started')) {
    params.set(
      'm',
      state.marks
        .map((m) => markLetters[m])
        .join('')
        .replace(/n+$/, ''),
    );
  }
  if (state.examDate) params.set('date', state.examDate);
  if (state.weeks) params.set('weeks', String(state.weeks));
  if (state.hoursPerWeek) params.set('hours', String(state.hoursPerWeek));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A domain's readiness: how many tasks carry each mark and how much of the domain is covered (0–1). */
export interface DomainReadiness {
  domain: PrepDomain;
  counts: Record<Mark, number>;
  coverage: number;
}

export interface Readiness {
  domains: DomainReadiness[];
  /** Coverage of the whole exam (0–1), each domain counted by its share. */
  overall: number;
  /** True when the shares come from published weights, false when every domain counts the same. */
  weighted: boolean;
}

/** Coverage per domain and overall, weighted by the domains' shares of the exam. A self-assessment, not a score. */
export function readiness(domains: readonly PrepDomain[], marksGiven: readonly Mark[]): Readiness {
  let index = 0;
  const perDomain = domains.map((domain) => {
    const counts: Record<Mark, number> = { confident: 0, unsure: 0, 'not-started': 0 };
    let covered = 0;
    for (const _task of domain.tasks) {
      const mark = marksGiven[index++] ?? 'not-started';
      counts[mark] += 1;
      covered += markCoverage[mark];
    }
    return { domain, counts, coverage: domain.tasks.length > 0 ? covered / domain.tasks.length : 0 };
  });
  return {
    domains: perDomain,
    overall: perDomain.reduce((sum, d) => sum + d.coverage * d.domain.share, 0),
    weighted: domains.every((d) => d.weight !== undefined),
  };
}

/** Share of time a fully confident domain still gets, for review: no domain drops out of the plan. */
export const REVIEW_SHARE = 0.1;

/** Plan time is handed out in twentieths of a week (5%), so every figure adds up exactly. */
const SLOTS_PER_WEEK = 20;

/** One domain's part of one week. */
export interface PlanSlice {
  domain: PrepDomain;
  /** Its share of the week (0–1). */
  ofWeek: number;
  /** Hours, when the reader gave hours a week (rounded to the half hour). */
  hours: number | undefined;
  /**
   * The domain's tasks to work on in this slice: its open tasks (unsure before not started) spread over its slices in
   * order; empty when they are done and the time is for review and practice questions.
   */
  tasks: PrepTask[];
}

export interface PlanWeek {
  number: number;
  /** The week's first day. */
  starts: Day;
  slices: PlanSlice[];
}

export interface StudyPlan {
  weeks: PlanWeek[];
  /** The domains in the order the plan takes them: the most weight times gap first. */
  order: { domain: PrepDomain; need: number; ofPlan: number }[];
  /** Why the plan has this many weeks. */
  basis: 'exam-date' | 'weeks' | 'default';
  hoursPerWeek: number | undefined;
}

/** Whole weeks from `today` to the day before the exam (at least one). */
export function weeksUntil(today: Day, examDate: Day): number {
  const days = Math.round((Date.parse(`${examDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return Math.min(MAX_PLAN_WEEKS, Math.max(1, Math.floor(days / 7)));
}

/** Splits `total` whole slots in proportion to `weights` (largest remainders), so the parts add up to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}

/**
 * A week-by-week plan from today. Each domain's need is its share of the exam times its gap (1 − coverage, never
 * below REVIEW_SHARE); time is split by need and the domains are taken one after another, the greatest need first.
 */
export function studyPlan(domains: readonly PrepDomain[], state: ReadinessState, today: Day): StudyPlan {
  const ready = readiness(domains, state.marks);
  const weekCount = state.examDate
    ? weeksUntil(today, state.examDate)
    : Math.min(MAX_PLAN_WEEKS, state.weeks ?? DEFAULT_PLAN_WEEKS);
  const needs = ready.domains.map((d) => ({
    ready: d,
    need: d.domain.share * (REVIEW_SHARE + (1 - REVIEW_SHARE) * (1 - d.coverage)),
  }));
  const ordered = [...needs].sort((a, b) => b.need - a.need || a.ready.domain.number - b.ready.domain.number);
  const slots = apportion(
    weekCount * SLOTS_PER_WEEK,
    ordered.map((o) => o.need),
  );
  const totalNeed = ordered.reduce((sum, o) => sum + o.need, 0);

  let taskIndex = 0;
  const marksByTask = new Map<string, Mark>();
  for (const domain of domains) {
    for (const task of domain.tasks) marksByTask.set(task.id, state.marks[taskIndex++] ?? 'not-started');
  }
  const toWork = (domain: PrepDomain): PrepTask[] => [
    ...domain.tasks.filter((t) => marksByTask.get(t.id) === 'unsure'),
    ...domain.tasks.filter((t) => marksByTask.get(t.id) === 'not-started'),
  ];

  const weeks: PlanWeek[] = Array.from({ length: weekCount }, (_, w) => ({
    number: w + 1,
    starts: addDays(today, w * 7),
    slices: [],
  }));
  let week = 0;
  let free = SLOTS_PER_WEEK;
  ordered.forEach((o, i) => {
    const domainSlices: PlanSlice[] = [];
    let left = slots[i] ?? 0;
    while (left > 0 && week < weekCount) {
      const used = Math.min(left, free);
      const ofWeek = used / SLOTS_PER_WEEK;
      const slice: PlanSlice = {
        domain: o.ready.domain,
        ofWeek,
        hours: state.hoursPerWeek === undefined ? undefined : Math.round(ofWeek * state.hoursPerWeek * 2) / 2,
        tasks: [],
      };
      weeks[week]?.slices.push(slice);
      domainSlices.push(slice);
      left -= used;
      free -= used;
      if (free === 0) {
        week += 1;
        free = SLOTS_PER_WEEK;
      }
    }
    // The domain's open tasks are spread over its time in order: each task goes to the slice where its turn starts.
    const open = toWork(o.ready.domain);
    const total = domainSlices.reduce((sum, slice) => sum + slice.ofWeek, 0);
    let sliceStart = 0;
    domainSlices.forEach((slice) => {
      const from = sliceStart / total;
      sliceStart += slice.ofWeek;
      const to = sliceStart / total;
      slice.tasks = open.filter((_, k) => k / open.length >= from - 1e-9 && k / open.length < to - 1e-9);
    });
  });
  return {
    weeks,
    order: ordered.map((o) => ({
      domain: o.ready.domain,
      need: o.need,
      ofPlan: totalNeed > 0 ? o.need / totalNeed : 0,
    })),
    basis: state.examDate ? 'exam-date' : state.weeks ? 'weeks' : 'default',
    hoursPerWeek: state.hoursPerWeek,
  };
}

/** The resources that serve one domain most (those tagged with it). */
export const resourcesForDomain = (resources: readonly StudyResource[], domain: number): StudyResource[] =>
  resources.filter((r) => r.domains?.includes(domain));

/** The resources that serve the whole exam (no domain tag). */
export const generalResources = (resources: readonly StudyResource[]): StudyResource[] =>
  resources.filter((r) => !r.domains);

/** A percentage for display: whole numbers, never "NaN%". */
export const percent = (fraction: number): string => `${Math.round(Number.isFinite(fraction) ? fraction * 100 : 0)}%`;

/** A version a reader can prepare for: it has task statements and has not ended. */
export interface PreparedVersion {
  code: string;
  phase: VersionPhase;
  version: ExamVersion;
  domains: PrepDomain[];
}

/** Versions of a certification with task statements that a reader can still sit or is waiting for, newest first. */
export function preparedVersions(cert: Pick<Cert, 'versionStates'>): PreparedVersion[] {
  return cert.versionStates.flatMap((state) => {
    const domains = prepDomains(state.version);
    return domains && state.phase !== 'ended'
      ? [{ code: state.code, phase: state.phase, version: state.version, domains }]
      : [];
  });
}

/** Why a version's task statements are not confirmed against AWS's own guide, when they are not. */
export const tasksUnverified = (version: Pick<ExamVersion, 'unverified'>): string | undefined =>
  version.unverified.find((u) => u.fact === 'tasks')?.note;

/** The version to prepare for today: the one a reader would sit, else the next one with task statements. */
export function versionToPrepare(cert: Pick<Cert, 'versionStates' | 'current'>): PreparedVersion | undefined {
  const prepared = preparedVersions(cert);
  return prepared.find((p) => p.code === cert.current?.code) ?? prepared[0];
}

/** The tasks of one exam version that lean on a service. */
export interface ServiceTasks {
  cert: Cert;
  code: string;
  tasks: { domain: PrepDomain; task: PrepTask }[];
}

/** For each exam a reader can prepare for, in catalogue order, its tasks that lean on a service. */
export function tasksUsingService(certs: readonly Cert[], serviceId: string): ServiceTasks[] {
  return certs.flatMap((cert) => {
    const prepared = versionToPrepare(cert);
    const tasks = (prepared?.domains ?? []).flatMap((domain) =>
      domain.tasks.filter((task) => task.services.includes(serviceId)).map((task) => ({ domain, task })),
    );
    return prepared && tasks.length > 0 ? [{ cert, code: prepared.code, tasks }] : [];
  });
}

/** The choices of the checklist, in order, with the letter each one keeps in the URL. */
export const markOptions = marks.map((mark) => ({ mark, letter: markLetters[mark], label: markLabels[mark] }));

/** What the readiness page hands its script: everything the figures and the plan are computed from. */
export interface ReadinessPageData {
  code: string;
  /** The certification's short name, for the calendar. */
  name: string;
  /** The page's absolute address, for the calendar events. */
  url: string;
  domains: PrepDomain[];
  resources: StudyResource[];
}

/** The plan as calendar events: one all-day event at the start of each week, and the exam day when given. */
export function studyPlanEvents(
  plan: StudyPlan,
  exam: { code: string; name: string; date?: Day | undefined; url: string },
): CalendarEvent[] {
  const weeks = plan.weeks.map((week) => ({
    uid: `study-${exam.code}-${week.starts}-week-${week.number}@${UID_DOMAIN}`,
    day: week.starts,
    summary: `${exam.code} study, week ${week.number} of ${plan.weeks.length}: ${week.slices
      .map((slice) => `domain ${slice.domain.number}`)
      .join(', ')}`,
    description: week.slices
      .map((slice) => {
        const work =
          slice.tasks.length > 0
            ? slice.tasks.map((task) => `${task.id} ${task.task}`).join('\n')
            : 'Review and practice questions.';
        return `Domain ${slice.domain.number}: ${slice.domain.name} (${percent(slice.ofWeek)} of the week)\n${work}`;
      })
      .join('\n\n'),
    url: exam.url,
  }));
  const day = exam.date;
  return day
    ? [
        ...weeks,
        {
          uid: `exam-${exam.code}-${day}@${UID_DOMAIN}`,
          day,
          summary: `${exam.name} exam (${exam.code})`,
          url: exam.url,
        },
      ]
    : weeks;
}
