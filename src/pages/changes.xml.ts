import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalogue } from '../build/catalogue';
import { FEED_LIMIT, feedItems } from '../lib/changes/feeds';
import { routes } from '../lib/site/routes';
import { SITE_NAME } from '../lib/site/seo';
import { changesLogPageOf, pastEvents } from '../lib/changes/timeline';

/** RSS feed of the changes log: the newest FEED_LIMIT events that have happened. */
export const GET: APIRoute = async ({ site }) => {
  const { events, certificationBySlug } = await getCatalogue();
  return rss({
    title: `${SITE_NAME}: what changed`,
    description: 'Announcements, betas, new exam versions, last days, renames and retirements of AWS certifications.',
    site: new URL(routes.home, site ?? 'http://localhost:4321').href,
    items: feedItems(pastEvents(events).slice(0, FEED_LIMIT), certificationBySlug, changesLogPageOf(events)),
    trailingSlash: false,
  });
};
