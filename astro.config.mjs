// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';

/** The public address the site is served from; canonical URLs, Open Graph tags and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://aws-certification-guide.github.io';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  integrations: [
    mdx(),
    sitemap({
      // Redirect stubs for former names are not pages of their own.
      filter: (page) => !page.includes('/sysops-administrator-associate/'),
    }),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
});
