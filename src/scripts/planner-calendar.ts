// The planner's calendar file, loaded by planner-tool.ts only once a plan has something to put in a calendar.
import type { Cert } from '../lib/catalogue/catalogue';
import { planCalendarEvents } from '../lib/changes/calendar';
import { icsCalendar } from '../lib/changes/ical';
import type { PlannerState } from '../lib/tools/planner';

/** The reader's dates as an .ics file, built here from the URL state and never sent anywhere; undefined when none. */
export function plannerCalendar(
  state: PlannerState,
  bySlug: Map<string, Cert>,
  generatedOn: string,
  validityYears: number,
): { ics: string; count: number } | undefined {
  const events = planCalendarEvents(
    {
      exams: state.plan.map((slug) => ({ slug, on: state.examDates.find((d) => d.slug === slug)?.on })),
      held: state.held,
    },
    bySlug,
    generatedOn,
    new URL(location.origin),
    validityYears,
  );
  return events.length > 0
    ? { ics: icsCalendar('My AWS certification plan', events, generatedOn), count: events.length }
    : undefined;
}
