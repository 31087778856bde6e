/*
 * The changes log as data: every dated event in the life of every certification, computed from the lifecycle dates
 * of its versions (announcements, betas, new versions, last days, retirements) and its former names, plus the few
 * events a person records by hand in content/changes.yaml (guide revisions, renewal rules). The changes page, the
 * feeds, the calendars and the home page all read this one list.
 */
import type { Certification, ExamVersion, VersionFact } from '../../schemas/certification.ts';
import type { Change, RecordedChangeKind } from '../../schemas/change.ts';
import type { Source } from '../../schemas/common.ts';
import {
  addDays,
  earliestDay,
  formatLifecycleDate,
  hasEnded,
  hasStarted,
  isExpected,
  isRange,
  latestDay,
  type Day,
  type LifecycleDate,
} from '../catalogue/lifecycle-dates.ts';
import { PAGE_SIZE } from '../site/pagination.ts';

/** What kind of event a timeline entry is. */
export const eventKinds = [
  'announced',
  'beta-opens',
  'beta-closes',
  'launched',
  'new-version',
  'last-day',
  'retirement-announced',
  'retired',
  'renamed',
  'guide-revision',
  'renewal-rule',
  'policy',
] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventKindLabels: Record<EventKind, string> = {
  announced: 'Announced',
  'beta-opens': 'Beta opens',
  'beta-closes': 'Beta closes',
  launched: 'Launched',
  'new-version': 'New exam version',
  'last-day': 'Last day of a version',
  'retirement-announced': 'Retirement announced',
  retired: 'Last day before retirement',
  renamed: 'Renamed',
  'guide-revision': 'Exam guide revised',
  'renewal-rule': 'Renewal rule',
  policy: 'Policy',
};

/** One dated event. */
export interface TimelineEvent {
  /** Stable id, also its anchor on /changes/ and its calendar UID. */
  id: string;
  /** The date as recorded: a day, a month, a range where sources disagree, or a forecast. */
  date: LifecycleDate;
  kind: EventKind;
  /** The certification's slug. */
  certification: string;
  /** The exam version it concerns, if any. */
  code: string | undefined;
  /** True once the event has certainly happened on the build day; false for what is still ahead. */
  past: boolean;
  /** One or two sentences, in the tense the build day calls for. */
  summary: string;
  sources: Source[];
  /** The date is flagged as unconfirmed. */
  unverified: boolean;
}

/** What the timeline needs of a certification. */
export interface TimelineCertification {
  slug: string;
  data: Pick<
    Certification,
    'shortName' | 'title' | 'versions' | 'retirement' | 'formerNames' | 'successors' | 'alternatives'
  >;
}

/** Names of other certifications, for sentences such as "AWS points to …". */
export type NameLookup = ReadonlyMap<string, { shortName: string }>;

const isFlagged = (version: ExamVersion, fact: VersionFact) => version.unverified.some((u) => u.fact === fact);

/** Start events (first days) happen once their day has come; end events (last days) once it has passed. */
const happened = (date: LifecycleDate, end: boolean, today: Day) =>
  end ? hasEnded(date, today) : hasStarted(date, today);

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** The events of one certification. */
export function certificationEvents(cert: TimelineCertification, names: NameLookup, today: Day): TimelineEvent[] {
  const { slug, data } = cert;
  const events: TimelineEvent[] = [];
  const add = (
    kind: EventKind,
    date: LifecycleDate,
    end: boolean,
    summary: (past: boolean) => string,
    sources: Source[],
    code: string | undefined,
    unverified: boolean,
  ) => {
    const past = happened(date, end, today);
    events.push({
      id: [slug, code?.toLowerCase(), kind].filter(Boolean).join('-'),
      date,
      kind,
      certification: slug,
      code,
      past,
      summary: summary(past),
      sources,
      unverified,
    });
  };
  const pointTo = () => {
    const successors = data.successors.map((s) => names.get(s)?.shortName ?? s);
    const alternatives = data.alternatives.map((s) => names.get(s)?.shortName ?? s);
    if (successors.length > 0) return ` AWS points to ${joinNames(successors)}.`;
    if (alternatives.length > 0) return ` AWS names no successor; we suggest ${joinNames(alternatives)}.`;
    return ' AWS names no successor.';
  };

  data.versions.forEach((version, i) => {
    const older = data.versions[i + 1];
    const newer = data.versions[i - 1];
    const isFinal = i === 0;
    const { code } = version;
    const note = version.changeNote ? ` ${version.changeNote}` : '';
    const first = [version.announced, version.beta?.from, version.availableFrom].find((d) => d !== undefined);
    const withNote = (date: LifecycleDate | undefined) => (date !== undefined && date === first ? note : '');

    if (version.announced) {
      const start = version.availableFrom ?? version.beta?.from;
      const when = start
        ? ` It ${version.availableFrom ? 'becomes the standard exam' : 'opens as a beta'} ${dateInProse(start)}.`
        : '';
      add(
        'announced',
        version.announced,
        false,
        (past) =>
          older
            ? `AWS ${past ? 'announced' : 'announces'} ${code}, the next ${data.shortName} exam after ${older.code}.${when}${withNote(version.announced)}`
            : `AWS ${past ? 'announced' : 'announces'} ${data.title} (${code}).${when}${withNote(version.announced)}`,
        version.sources,
        code,
        isFlagged(version, 'announced'),
      );
    }
    if (version.beta?.from) {
      const booked = version.appointmentCode ? `, booked as ${version.appointmentCode}` : '';
      add(
        'beta-opens',
        version.beta.from,
        false,
        (past) => `The ${code} beta ${past ? 'opened' : 'opens'}${booked}.${withNote(version.beta?.from)}`,
        version.sources,
        code,
        isFlagged(version, 'beta'),
      );
    }
    if (version.beta?.until) {
      add(
        'beta-closes',
        version.beta.until,
        true,
        (past) => `The ${code} beta ${past ? 'ended' : 'ends'}.`,
        version.sources,
        code,
        isFlagged(version, 'beta'),
      );
    }
    if (version.availableFrom) {
      add(
        older ? 'new-version' : 'launched',
        version.availableFrom,
        false,
        (past) =>
          older
            ? `${code} ${past ? 'became' : 'becomes'} the standard ${data.shortName} exam, replacing ${older.code}.${withNote(version.availableFrom)}`
            : `${code} ${past ? 'became' : 'becomes'} a standard exam, launching ${data.shortName}.${withNote(version.availableFrom)}`,
        version.sources,
        code,
        isFlagged(version, 'availableFrom'),
      );
    }
    if (version.lastDay) {
      const retiring = isFinal && data.retirement !== undefined;
      add(
        retiring ? 'retired' : 'last-day',
        version.lastDay,
        true,
        (past) =>
          retiring
            ? `${past ? 'The last day to sit' : 'Last day to sit'} ${code}: ${data.shortName} ${past ? 'retired' : 'retires'}.${pointTo()}`
            : newer
              ? `${past ? 'The last day to sit' : 'Last day to sit'} ${code}; ${newer.code} ${past ? 'took' : 'takes'} over.`
              : `${past ? 'The last day to sit' : 'Last day to sit'} ${code}.`,
        version.sources,
        code,
        isFlagged(version, 'lastDay'),
      );
    }
  });

  if (data.retirement?.announced) {
    const final = data.versions[0];
    add(
      'retirement-announced',
      data.retirement.announced,
      false,
      (past) =>
        `AWS ${past ? 'announced' : 'announces'} the retirement of ${data.shortName}${final?.lastDay ? `, with a last day ${dateInProse(final.lastDay)}` : ''}.${pointTo()}`,
      data.retirement.sources,
      undefined,
      false,
    );
  }
  data.formerNames.forEach((former) => {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(former.until) ? addDays(former.until, 1) : former.until;
    add(
      'renamed',
      day,
      false,
      (past) => `${former.name} ${past ? 'was renamed' : 'is renamed'} ${data.title}.`,
      data.versions[0]?.sources ?? [],
      undefined,
      false,
    );
  });
  return events;
}

/** "on 17 November 2026", "in April 2024", "on 16 or 17 November 2026", "in 2023". */
export function dateInProse(date: LifecycleDate): string {
  const text = formatLifecycleDate(date);
  if (isExpected(date)) return text;
  const [, , day] = (isRange(date) ? date.between[1] : date).split('-');
  return day ? `on ${text}` : `in ${text}`;
}

/** A hand-recorded change as a timeline event. */
export function recordedEvent(change: Change, today: Day): TimelineEvent {
  return {
    id: change.id,
    date: change.date,
    kind: change.kind satisfies RecordedChangeKind,
    certification: change.certification,
    code: undefined,
    past: hasStarted(change.date, today),
    summary: change.summary,
    sources: change.sources,
    unverified: change.unverified,
  };
}

/**
 * The one day an event falls on wherever a single day is needed (a feed item's date, a calendar entry): the earliest
 * reading of a range or a partial date, so nobody plans past a last day that may be the earlier one. The feeds and
 * the calendars both use it, and both say when the sources give more than one day (`eventDayCaveat`).
 */
export const eventDay = (event: Pick<TimelineEvent, 'date'>): Day => earliestDay(event.date);

/** What a reader should know about an event's day when it is not one confirmed day; '' when it is. */
export function eventDayCaveat(date: LifecycleDate): string {
  if (isExpected(date)) return ` Expected, not confirmed: ${date.note}`;
  if (isRange(date)) return ` Sources disagree on the day (${formatLifecycleDate(date)}): ${date.note}`;
  if (date.length < 10) return ` AWS has given only ${date.length === 7 ? 'the month' : 'the year'}.`;
  return '';
}

/** Newest first; within a day, certifications in a stable order. */
export function compareEventsNewestFirst(a: TimelineEvent, b: TimelineEvent): number {
  return (
    latestDay(b.date).localeCompare(latestDay(a.date)) ||
    earliestDay(b.date).localeCompare(earliestDay(a.date)) ||
    a.id.localeCompare(b.id)
  );
}

/** Soonest first. */
export function compareEventsSoonestFirst(a: TimelineEvent, b: TimelineEvent): number {
  return earliestDay(a.date).localeCompare(earliestDay(b.date)) || a.id.localeCompare(b.id);
}

/** Every event of the catalogue, newest first. */
export function buildTimeline(
  certs: readonly TimelineCertification[],
  recorded: readonly Change[],
  names: NameLookup,
  today: Day,
): TimelineEvent[] {
  return [
    ...certs.flatMap((cert) => certificationEvents(cert, names, today)),
    ...recorded.map((change) => recordedEvent(change, today)),
  ].sort(compareEventsNewestFirst);
}

/** What has happened, newest first. */
export const pastEvents = (events: readonly TimelineEvent[]): TimelineEvent[] => events.filter((e) => e.past);

/** What is still ahead, soonest first. */
export const upcomingEvents = (events: readonly TimelineEvent[]): TimelineEvent[] =>
  events.filter((e) => !e.past).sort(compareEventsSoonestFirst);

/** Events grouped by the year they fall in (the latest reading), newest year first. */
export function eventsByYear(events: readonly TimelineEvent[]): { year: string; events: TimelineEvent[] }[] {
  const years = [...new Set(events.map((e) => latestDay(e.date).slice(0, 4)))];
  return years.map((year) => ({ year, events: events.filter((e) => latestDay(e.date).startsWith(year)) }));
}

/** The days on which something changes after `today` (first days, and the day after each last day). */
export function transitionDays(events: readonly TimelineEvent[], today: Day): Day[] {
  const ends = new Set<EventKind>(['last-day', 'retired', 'beta-closes']);
  const days = events
    .filter((e) => !e.past && !isExpected(e.date))
    .map((e) => (ends.has(e.kind) ? addDays(latestDay(e.date), 1) : latestDay(e.date)))
    .filter((day) => day > today);
  return [...new Set(days)].sort();
}

/** The changes log in reading order: what is coming (soonest first), then what happened (newest first). */
export function changesLogOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...upcomingEvents(events), ...pastEvents(events)];
}

/** Which page of the paged changes log holds each event (PAGE_SIZE events a page, in log order). */
export function changesLogPageOf(events: readonly TimelineEvent[], size: number = PAGE_SIZE): (id: string) => number {
  const pages = new Map(changesLogOrder(events).map((event, i) => [event.id, Math.floor(i / size) + 1]));
  return (id) => pages.get(id) ?? 1;
}
