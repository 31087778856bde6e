/*
 * Preparing for one exam version: its task statements numbered as in the exam guide, a reader's readiness marks
 * (kept in the URL), coverage per domain weighted by the domain weights, and a week-by-week study plan that gives
 * each domain time in proportion to its weight and the reader's gaps. Pure: the page and the browser both use it.
 */
import type { ExamVersion, StudyResource, VersionPhase } from '../../schemas/certification.ts';
import type { Cert } from '../catalogue/catalogue.ts';
import { UID_DOMAIN } from '../changes/calendar.ts';
import type { CalendarEvent } from '../changes/ical.ts';
import { addDays, isCalendarDay, type Day } from '../catalogue/lifecycle-dates.ts';

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
  /**
   * Its stable key in addresses and remembered marks (`taskKeys`): a mark follows its task even when AWS inserts a
   * task before it, and a mark for a task AWS has since rewritten is never applied to another one.
   */
  key: string;
  task: string;
  services: string[];
}

/** FNV-1a, 32 bits, as eight hex digits: a short fingerprint of a text, the same in the build and the browser. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The stable keys of a version's tasks: the start of the fingerprint of AWS's title (`guideTitleHash`), or of our own
 * sentence where the content records none, as short as keeps the version's keys apart and never under four digits.
 */
export function taskKeys(tasks: readonly { task: string; guideTitleHash?: string | undefined }[]): string[] {
  const full = tasks.map((t) => t.guideTitleHash ?? fingerprint(t.task));
  for (let length = 4; length <= 8; length++) {
    const keys = full.map((f) => f.slice(0, length));
    if (new Set(keys).size === keys.length) return keys;
  }
  // Two tasks with the same fingerprint: their position tells them apart.
  return full.map((f, i) => `${f}${i}`);
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
  const keys = taskKeys(domains.flatMap((domain) => domain.tasks ?? []));
  let next = 0;
  return domains.map((domain, d) => ({
    number: d + 1,
    name: domain.name,
    weight: domain.weight,
    share: weighted ? (domain.weight ?? 0) / totalWeight : 1 / domains.length,
    tasks: (domain.tasks ?? []).map((task, t) => ({
      id: `${d + 1}.${t + 1}`,
      key: keys[next++] ?? '',
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
  /**
   * Marks an address or this browser held that were not applied: from a link made before tasks had keys, or for tasks
   * the exam guide no longer lists as they were. The page tells the reader; they are never moved onto other tasks.
   */
  ignored?: { marks: number; reason: 'old-link' | 'tasks-changed' } | undefined;
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

const wholeNumber = (text: string | null, max: number): number | undefined => {
  if (!text || !/^\d{1,4}$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 && value <= max ? value : undefined;
};

/** One entry of the `t` parameter: a task key and one mark letter, e.g. `c927c` (key c927, confident). */
const keyedMark = /^([0-9a-f]{4,9})([cun])$/;

/**
 * Reads `?t=<key><mark>.<key><mark>…&date=YYYY-MM-DD&weeks=N&hours=N` for the version's tasks. Anything malformed is
 * ignored rather than guessed at: a bad date or number is left out, and a mark is applied only to the task whose key
 * it names. Marks for keys the version no longer has, and links in the old one-letter-per-position form (`m=cun…`),
 * are counted in `ignored` and applied to nothing.
 */
export function parseReadinessQuery(
  query: string | URLSearchParams,
  tasks: readonly Pick<PrepTask, 'key'>[],
): ReadinessState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const byKey = new Map<string, Mark>();
  let unknown = 0;
  for (const entry of (params.get('t') ?? '').split('.').filter(Boolean).slice(0, 200)) {
    const match = keyedMark.exec(entry);
    const mark = match && markByLetter.get(match[2] ?? '');
    if (!match || !mark) continue;
    if (tasks.some((task) => task.key === match[1])) byKey.set(match[1] ?? '', mark);
    else if (mark !== 'not-started') unknown++;
  }
  const legacy = (params.get('m') ?? '').replace(/[^cu]/g, '').length;
  const date = params.get('date') ?? '';
  return {
    marks: tasks.map((task) => byKey.get(task.key) ?? 'not-started'),
    ...(legacy > 0
      ? { ignored: { marks: legacy, reason: 'old-link' as const } }
      : unknown > 0
        ? { ignored: { marks: unknown, reason: 'tasks-changed' as const } }
        : {}),
    examDate: isCalendarDay(date) ? date : undefined,
    weeks: wholeNumber(params.get('weeks'), MAX_PLAN_WEEKS),
    hoursPerWeek: wholeNumber(params.get('hours'), MAX_HOURS_PER_WEEK),
  };
}

/** What to tell a reader whose link (or remembered marks) held marks that were not applied; undefined when none. */
export function ignoredMarksNotice(state: Pick<ReadinessState, 'ignored'>): string | undefined {
  const ignored = state.ignored;
  if (!ignored) return undefined;
  const one = ignored.marks === 1;
  if (ignored.reason === 'old-link') {
    return `${one ? 'One mark' : `${ignored.marks} marks`} from an older link to this page could not be matched to today's task list, so ${one ? 'it was' : 'none were'} applied. Mark the tasks again.`;
  }
  return one
    ? "One mark was for a task that AWS's exam guide no longer lists in that form, so it was not applied to another task. Check the tasks below."
    : `${ignored.marks} marks were for tasks that AWS's exam guide no longer lists in that form, so they were not applied to other tasks. Check the tasks below.`;
}

/** Where a reader's marks for one exam version are remembered in the browser, when they ask. */
export const readinessStorageKey = (code: string): string => `readiness:${code}`;

/** The query string that restores a state (empty when there is nothing to keep): marks by task key, not position. */
export function readinessQueryString(state: ReadinessState, tasks: readonly Pick<PrepTask, 'key'>[]): string {
  const params = new URLSearchParams();
  const marked = tasks.flatMap((task, i) => {
    const mark = state.marks[i] ?? 'not-started';
    return mark === 'not-started' ? [] : [`${task.key}${markLetters[mark]}`];
  });
  if (marked.length > 0) params.set('t', marked.join('.'));
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

/** Share of a domain's time kept for review once its tasks are studied: no domain drops out of the plan. */
export const REVIEW_SHARE = 0.1;

/** Hours a week the plan assumes when the reader gives none (they can change it). */
export const DEFAULT_HOURS_PER_WEEK = 6;

/** The longest study session the plan counts in: a week's hours are sessions of up to two hours. */
export const SESSION_HOURS = 2;

/** Hours set aside for the full practice exam when the exam's length is not published. */
const DEFAULT_PRACTICE_HOURS = 3;

/** A task in a study slice: its mark, and whether its study began in an earlier slice. */
export interface PlannedTask extends PrepTask {
  mark: Exclude<Mark, 'confident'>;
  /** True when the task's study began in an earlier slice and goes on in this one. */
  continued: boolean;
}

/** One part of one week, in whole hours. */
export type PlanSlice =
  | {
      /** Studying the domain's open tasks (unsure first, then not started). */
      kind: 'study';
      domain: PrepDomain;
      hours: number;
      tasks: PlannedTask[];
    }
  | {
      /** Reviewing the domain, once every open task of every domain has been studied. */
      kind: 'review';
      domain: PrepDomain;
      hours: number;
      /** How many of its tasks the reader marked confident, and how many this plan studies. */
      confident: number;
      studied: number;
    }
  | {
      /** A full, timed practice exam: always the end of the last week, the week of the exam. */
      kind: 'practice-exam';
      hours: number;
      /** The real exam's length, when published. */
      minutes: number | undefined;
    };

export interface PlanWeek {
  number: number;
  /** The week's first day. */
  starts: Day;
  slices: PlanSlice[];
}

/** What the plan gives one domain in all. */
export interface DomainTime {
  domain: PrepDomain;
  /** Hours of study for its open tasks (0 when none are open, or when the plan is too short to reach it). */
  studyHours: number;
  reviewHours: number;
  /** Its open tasks: unsure and not started. */
  open: number;
}

export interface StudyPlan {
  weeks: PlanWeek[];
  /** The domains in the order the plan studies them: the most weight times gap first. */
  order: DomainTime[];
  /** Domains with open tasks the plan has no hour for: too few weeks or hours a week. */
  unplanned: PrepDomain[];
  /** Why the plan has this many weeks. */
  basis: 'exam-date' | 'weeks' | 'default';
  /** The hours a week the plan counts with: the reader's, or DEFAULT_HOURS_PER_WEEK. */
  hoursPerWeek: number;
  /** True when the reader gave the hours a week. */
  hoursGiven: boolean;
}

/** Whole weeks from `today` to the day before the exam (at least one). */
export function weeksUntil(today: Day, examDate: Day): number {
  const days = Math.round((Date.parse(`${examDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  return Math.min(MAX_PLAN_WEEKS, Math.max(1, Math.floor(days / 7)));
}

/** Splits `total` whole slots in proportion to `weights` (largest remainders), so the parts add up to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
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

/** How whole hours split into sessions: "1 hour", "2 hours", "5 hours (2 sessions of 2 hours and 1 of 1 hour)". */
export function sessionsText(hours: number): string {
  if (hours <= SESSION_HOURS) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const full = Math.floor(hours / SESSION_HOURS);
  const rest = hours - full * SESSION_HOURS;
  const fullText = `${full} session${full === 1 ? '' : 's'} of ${SESSION_HOURS} hours`;
  return `${hours} hours (${fullText}${rest > 0 ? ` and 1 of ${rest} hour${rest === 1 ? '' : 's'}` : ''})`;
}

/** One block of the plan before it is cut into weeks. */
type Block =
  | { kind: 'study'; domain: PrepDomain; hours: number; tasks: PrepTask[]; marks: Map<string, Mark> }
  | { kind: 'review'; domain: PrepDomain; hours: number; confident: number; studied: number }
  | { kind: 'practice-exam'; hours: number; minutes: number | undefined };

/**
 * A week-by-week plan from today, in whole hours, in three phases: study every open task (unsure before not started,
 * the domains with the most weight times gap first), then review each domain, then a full practice exam at the end
 * of the last week, the week of the exam. Each domain's share of the time follows its weight and the reader's gaps
 * (REVIEW_SHARE of it is review); every domain with an open task gets at least an hour of study when the weeks
 * allow, and the plan names the domains they do not.
 */
export function studyPlan(
  domains: readonly PrepDomain[],
  state: ReadinessState,
  today: Day,
  exam: { minutes?: number | undefined } = {},
): StudyPlan {
  const ready = readiness(domains, state.marks);
  const weekCount = state.examDate
    ? weeksUntil(today, state.examDate)
    : Math.min(MAX_PLAN_WEEKS, state.weeks ?? DEFAULT_PLAN_WEEKS);
  const hoursPerWeek = state.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK;

  let taskIndex = 0;
  const marksByTask = new Map<string, Mark>();
  for (const domain of domains) {
    for (const task of domain.tasks) marksByTask.set(task.id, state.marks[taskIndex++] ?? 'not-started');
  }
  const openTasks = (domain: PrepDomain): PrepTask[] => [
    ...domain.tasks.filter((t) => marksByTask.get(t.id) === 'unsure'),
    ...domain.tasks.filter((t) => marksByTask.get(t.id) === 'not-started'),
  ];

  // The practice exam takes its real length, rounded up to whole hours, out of the last week (all of it at most).
  const practiceHours = Math.min(
    hoursPerWeek,
    exam.minutes === undefined ? DEFAULT_PRACTICE_HOURS : Math.ceil(exam.minutes / 60),
  );
  const studyAndReview = weekCount * hoursPerWeek - practiceHours;

  const byNumber = (a: { domain: PrepDomain }, b: { domain: PrepDomain }) => a.domain.number - b.domain.number;
  const items = ready.domains.map((d) => ({
    domain: d.domain,
    open: openTasks(d.domain),
    confident: d.counts.confident,
    studyNeed: d.domain.share * (1 - REVIEW_SHARE) * (1 - d.coverage),
    reviewNeed: d.domain.share * REVIEW_SHARE,
  }));
  const toStudy = items.filter((i) => i.open.length > 0).sort((a, b) => b.studyNeed - a.studyNeed || byNumber(a, b));
  // An hour of study for each domain with open tasks first (the neediest first when there are not enough), then the
  // rest of the time by need, study and review alike.
  const guaranteed = Math.max(0, Math.min(toStudy.length, studyAndReview));
  const reached = toStudy.slice(0, guaranteed);
  const toReview = [...items].sort((a, b) => b.reviewNeed - a.reviewNeed || byNumber(a, b));
  const extra = apportion(studyAndReview - guaranteed, [
    ...reached.map((i) => i.studyNeed),
    ...(guaranteed < toStudy.length ? [] : toReview.map((i) => i.reviewNeed)),
  ]);
  const studyHours = new Map(reached.map((i, k) => [i.domain.number, 1 + (extra[k] ?? 0)]));
  const reviewHours = new Map(
    guaranteed < toStudy.length ? [] : toReview.map((i, k) => [i.domain.number, extra[reached.length + k] ?? 0]),
  );

  const blocks: Block[] = [
    ...reached.map((i): Block => ({
      kind: 'study',
      domain: i.domain,
      hours: studyHours.get(i.domain.number) ?? 0,
      tasks: i.open,
      marks: marksByTask,
    })),
    ...toReview.map((i): Block => ({
      kind: 'review',
      domain: i.domain,
      hours: reviewHours.get(i.domain.number) ?? 0,
      confident: i.confident,
      studied: studyHours.has(i.domain.number) ? i.open.length : 0,
    })),
    { kind: 'practice-exam' as const, hours: practiceHours, minutes: exam.minutes },
  ].filter((b) => b.hours > 0);

  const weeks: PlanWeek[] = Array.from({ length: weekCount }, (_, w) => ({
    number: w + 1,
    starts: addDays(today, w * 7),
    slices: [],
  }));
  // Lay the blocks end to end, a week's hours at a time; a block that crosses a week's end goes on the next week.
  let week = 0;
  let free = hoursPerWeek;
  for (const block of blocks) {
    let done = 0;
    while (done < block.hours && week < weekCount) {
      const hours = Math.min(block.hours - done, free);
      weeks[week]?.slices.push(sliceOf(block, done, hours));
      done += hours;
      free -= hours;
      if (free === 0) {
        week += 1;
        free = hoursPerWeek;
      }
    }
  }
  return {
    weeks,
    // Studied domains in the order they are studied, then the others in the order they are reviewed.
    order: [...toStudy, ...toReview.filter((i) => i.open.length === 0)].map((i) => ({
      domain: i.domain,
      studyHours: studyHours.get(i.domain.number) ?? 0,
      reviewHours: reviewHours.get(i.domain.number) ?? 0,
      open: i.open.length,
    })),
    unplanned: toStudy
      .slice(guaranteed)
      .map((i) => i.domain)
      .sort((a, b) => a.number - b.number),
    basis: state.examDate ? 'exam-date' : state.weeks ? 'weeks' : 'default',
    hoursPerWeek,
    hoursGiven: state.hoursPerWeek !== undefined,
  };
}

/**
 * The part of a block from hour `from` for `hours` hours. A study block's tasks are laid along its hours in order
 * (task k of n over [k·h/n, (k+1)·h/n)), so a slice lists every task whose stretch it overlaps, and never none.
 */
function sliceOf(block: Block, from: number, hours: number): PlanSlice {
  if (block.kind !== 'study') return { ...block, hours };
  const n = block.tasks.length;
  const to = from + hours;
  const tasks = block.tasks.flatMap((task, k): PlannedTask[] => {
    const start = (k * block.hours) / n;
    const end = ((k + 1) * block.hours) / n;
    if (!(start < to - 1e-9 && end > from + 1e-9)) return [];
    const mark = block.marks.get(task.id) === 'unsure' ? 'unsure' : 'not-started';
    return [{ ...task, mark, continued: start < from - 1e-9 }];
  });
  return { kind: 'study', domain: block.domain, hours, tasks };
}

/** The resources that serve one domain most (those tagged with it). */
export const resourcesForDomain = (resources: readonly StudyResource[], domain: number): StudyResource[] =>
  resources.filter((r) => r.domains?.includes(domain));

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
  /** The exam's length in minutes, when published: the plan's practice exam takes as long. */
  minutes: number | undefined;
}

/** A task as a plan lists it: "1.3 Design…", or "1.3 (continued) Design…" when its study began the week before. */
export const taskText = (task: PlannedTask): string => `${task.id}${task.continued ? ' (continued)' : ''} ${task.task}`;

/** The practice exam's time: "3 hours, in one sitting". */
export const practiceText = (hours: number): string => `${hours} hour${hours === 1 ? '' : 's'}, in one sitting`;

/** What one slice of a week asks, as plain text (the calendar's words for a slice). */
export function sliceText(slice: PlanSlice): string {
  if (slice.kind === 'practice-exam') {
    return `Full practice exam (${practiceText(slice.hours)}): sit it timed, then go over every answer.`;
  }
  const head = `Domain ${slice.domain.number}: ${slice.domain.name} (${slice.kind}, ${sessionsText(slice.hours)})`;
  if (slice.kind === 'review') return `${head}\n${reviewAdvice(slice)}`;
  return `${head}\n${slice.tasks.map(taskText).join('\n')}`;
}

/** What to review in a domain, matching the reader's marks: what they marked confident, what the plan studied, or both. */
export function reviewAdvice(slice: Extract<PlanSlice, { kind: 'review' }>): string {
  const confident = `the ${slice.confident === 1 ? 'task' : `${slice.confident} tasks`} you marked confident`;
  const studied = `the ${slice.studied === 1 ? 'task' : `${slice.studied} tasks`} you studied in this plan`;
  const what =
    slice.confident > 0 && slice.studied > 0
      ? `${studied} and ${confident}`
      : slice.confident > 0
        ? confident
        : slice.studied > 0
          ? studied
          : 'the domain';
  return `Go back over ${what}, then try practice questions on this domain.`;
}

/** The plan as calendar events: one all-day event at the start of each week, and the exam day when given. */
export function studyPlanEvents(
  plan: StudyPlan,
  exam: { code: string; name: string; date?: Day | undefined; url: string },
): CalendarEvent[] {
  const weeks = plan.weeks.map((week) => ({
    uid: `study-${exam.code}-${exam.date ?? 'no-exam-date'}-week-${week.number}@${UID_DOMAIN}`,
    day: week.starts,
    summary: `${exam.code} study, week ${week.number} of ${plan.weeks.length}: ${[
      ...new Set(
        week.slices.map((slice) =>
          slice.kind === 'practice-exam' ? 'practice exam' : `domain ${slice.domain.number}`,
        ),
      ),
    ].join(', ')}`,
    description: week.slices.map(sliceText).join('\n\n'),
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
