import type { APIRoute } from 'astro';
import { routes } from '../lib/site/routes';

/** robots.txt pointing crawlers at the sitemap of whichever site the build targets. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(routes.sitemap, site ?? 'http://localhost:4321').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
