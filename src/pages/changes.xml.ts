import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../lib/content';
import { changeFeedItems } from '../lib/changes';
import { SITE_NAME } from '../lib/seo';

/** RSS feed of the changes log, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { changes, certificationBySlug } = await getCatalog();
  return rss({
    title: `${SITE_NAME}: what changed`,
    description: 'Launches, new exam versions, renames and retirements of AWS certifications.',
    site: site ?? 'http://localhost:4321',
    items: changeFeedItems(changes, certificationBySlug),
    trailingSlash: false,
  });
};
