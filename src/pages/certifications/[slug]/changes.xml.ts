import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../build/catalogue';
import { feedItems } from '../../../lib/changes/feeds';
import { routes } from '../../../lib/site/routes';
import { SITE_NAME } from '../../../lib/site/seo';
import { changesLogPageOf, pastEvents } from '../../../lib/changes/timeline';

export const getStaticPaths: GetStaticPaths = async () => {
  const { certifications } = await getCatalogue();
  return certifications.map((cert) => ({ params: { slug: cert.slug } }));
};

/** One certification's changes as an RSS feed, so a reader can watch a single exam. */
export const GET: APIRoute = async ({ params, site }) => {
  const { events, certificationBySlug } = await getCatalogue();
  const cert = certificationBySlug.get(params.slug ?? '');
  if (!cert) return new Response('No such certification', { status: 404 });
  return rss({
    title: `${SITE_NAME}: ${cert.shortName}`,
    description: `Announcements, betas, new versions, last days and retirements of ${cert.title}.`,
    site: new URL(routes.certification(cert.slug), site ?? 'http://localhost:4321').href,
    items: feedItems(
      pastEvents(events).filter((e) => e.certification === cert.slug),
      certificationBySlug,
      changesLogPageOf(events),
    ),
    trailingSlash: false,
  });
};
