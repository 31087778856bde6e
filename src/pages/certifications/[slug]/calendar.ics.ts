import type { APIRoute, GetStaticPaths } from 'astro';
import { timelineCalendarEvent } from '../../../lib/changes/calendar';
import { getCatalogue } from '../../../build/catalogue';
import { icsCalendar } from '../../../lib/changes/ical';
import { SITE_NAME } from '../../../lib/site/seo';

export const getStaticPaths: GetStaticPaths = async () => {
  const { certifications } = await getCatalogue();
  return certifications.map((cert) => ({ params: { slug: cert.slug } }));
};

/** One certification's dates, past and coming, as an iCalendar file a reader can subscribe to. */
export const GET: APIRoute = async ({ params, site }) => {
  const { events, certificationBySlug, today } = await getCatalogue();
  const cert = certificationBySlug.get(params.slug ?? '');
  if (!cert) return new Response('No such certification', { status: 404 });
  const base = site ?? new URL('http://localhost:4321');
  const entries = events
    .filter((event) => event.certification === cert.slug)
    .map((event) => timelineCalendarEvent(event, cert, base));
  return new Response(icsCalendar(`${SITE_NAME}: ${cert.shortName}`, entries, today), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
