import type { APIRoute } from 'astro';
import { timelineCalendarEvent } from '../lib/changes/calendar';
import { getCatalogue } from '../build/catalogue';
import { icsCalendar } from '../lib/changes/ical';
import { SITE_NAME } from '../lib/site/seo';
import { upcomingEvents } from '../lib/changes/timeline';

/** Every coming transition (first days, beta dates, last days, retirements) as an iCalendar file. */
export const GET: APIRoute = async ({ site }) => {
  const { events, certificationBySlug, today } = await getCatalogue();
  const base = site ?? new URL('http://localhost:4321');
  const entries = upcomingEvents(events).flatMap((event) => {
    const cert = certificationBySlug.get(event.certification);
    return cert ? [timelineCalendarEvent(event, cert, base)] : [];
  });
  return new Response(icsCalendar(`${SITE_NAME}: coming exam changes`, entries, today), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
