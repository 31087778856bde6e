/*
 * What goes into the calendars: the changes log's dated events (every coming transition, or one certification's
 * dates), and a reader's own plan (exam days, renewal deadlines, last days of the versions they plan or hold).
 */
import type { Cert } from '../catalogue/catalogue.ts';
import { formatLifecycleDate } from '../site/format.ts';
import type { CalendarEvent } from './ical.ts';
import { earliestDay, hasEnded, isExpected, type Day } from '../catalogue/lifecycle-dates.ts';
import { addYears } from '../tools/planner.ts';
import { yearsSpelledOut } from '../catalogue/programme.ts';
import { routes } from '../site/routes.ts';
import { eventDay, eventDayCaveat, eventKindLabels, type TimelineEvent } from './timeline.ts';

/** The domain part of every UID, so UIDs stay unique across calendars. */
export const UID_DOMAIN = 'aws-certification-guide';

/** A timeline event as a calendar entry on its day (`eventDay`); the description says when the day is uncertain. */
export function timelineCalendarEvent(
  event: TimelineEvent,
  cert: Pick<Cert, 'shortName' | 'slug'>,
  site: URL,
): CalendarEvent {
  const date = event.date;
  return {
    uid: `${event.id}@${UID_DOMAIN}`,
    day: eventDay(event),
    summary: `${cert.shortName}: ${eventKindLabels[event.kind].toLowerCase()}${event.code ? ` (${event.code})` : ''}${isExpected(date) ? ', expected' : ''}`,
    description: `${event.summary}${eventDayCaveat(date)} Check AWS's page before you book.`,
    url: new URL(routes.certification(cert.slug), site).href,
  };
}

/** What the planner exports: the reader's own dates, from its URL state. */
export interface PlanForCalendar {
  /** Exams to take, with the day the reader plans to sit each, when given. */
  exams: { slug: string; on?: string | undefined }[];
  /** Certifications held, with the day each was earned, when given. */
  held: { slug: string; earnedOn?: string | undefined }[];
}

/**
 * The reader's plan as calendar events: each planned exam on its day, each held certification's expiry validityYears
 * after it was earned (the renewal deadline), and every last day still ahead of the versions they plan or hold.
 */
export function planCalendarEvents(
  plan: PlanForCalendar,
  bySlug: ReadonlyMap<string, Cert>,
  today: Day,
  site: URL,
  validityYears: number,
): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const page = (cert: Cert) => new URL(routes.certification(cert.slug), site).href;
  for (const exam of plan.exams) {
    const cert = bySlug.get(exam.slug);
    if (!cert || !exam.on) continue;
    events.push({
      uid: `plan-exam-${cert.slug}-${exam.on}@${UID_DOMAIN}`,
      day: exam.on,
      summary: `Exam: ${cert.shortName} (${cert.examCode})`,
      description: `The day you plan to sit ${cert.title}. Book it with Pearson VUE; check the version and format on AWS's page first.`,
      url: page(cert),
    });
  }
  for (const held of plan.held) {
    const cert = bySlug.get(held.slug);
    if (!cert || !held.earnedOn) continue;
    const expires = addYears(held.earnedOn, validityYears);
    events.push({
      uid: `plan-renewal-${cert.slug}-${held.earnedOn}@${UID_DOMAIN}`,
      day: expires,
      summary: `Renewal deadline: ${cert.shortName}`,
      description: `${cert.title}, earned on ${formatLifecycleDate(held.earnedOn)}, expires on this day, ${yearsSpelledOut(validityYears)} later. Renew it before then by passing a current exam that renews it.`,
      url: page(cert),
    });
  }
  const slugs = [...new Set([...plan.exams.map((e) => e.slug), ...plan.held.map((h) => h.slug)])];
  for (const slug of slugs) {
    const cert = bySlug.get(slug);
    if (!cert) continue;
    for (const state of cert.versionStates) {
      const lastDay = state.version.lastDay;
      if (!lastDay || hasEnded(lastDay, today)) continue;
      const final = state.version === cert.versions[0] && cert.retirement !== undefined;
      events.push({
        uid: `plan-last-day-${cert.slug}-${state.code.toLowerCase()}@${UID_DOMAIN}`,
        day: earliestDay(lastDay),
        summary: `Last day to sit ${state.code} (${cert.shortName})`,
        description: final
          ? `The last day to sit ${state.code} (${formatLifecycleDate(lastDay)}): AWS is retiring ${cert.title}, so it cannot be earned or renewed by exam after this day.`
          : `The last day to sit ${state.code} (${formatLifecycleDate(lastDay)}); a newer version takes over.`,
        url: page(cert),
      });
    }
  }
  return events.sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}
