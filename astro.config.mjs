// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './src/integrations/pagefind.ts';
import basePath from './src/integrations/base-path.ts';
import headingLinks from './src/integrations/heading-links.ts';
import tableRegions from './src/integrations/table-regions.ts';
import { rootRoutes } from './src/lib/site/routes.ts';
import { formerNameRedirects } from './src/build/read-content.ts';
import { categories } from './src/schemas/enums.ts';
import { leanDynamicImports } from './src/build/lean-dynamic-imports.ts';

/** The public address the site is served from; canonical URLs, Open Graph tags and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://aws-certification-guide.github.io';

/** Former addresses (from → to, root-relative); base-path() points them under the build's base. */
const redirects = {
  ...formerNameRedirects('content'),
  // The levels were "tiers" before AWS added the Business category; their old pages keep working.
  ...Object.fromEntries(categories.map((id) => [`/tiers/${id}/`, rootRoutes.category(id)])),
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  prefetch: false,
  integrations: [
    // Old names keep working as URLs (a static page that redirects, with a canonical link), and links in
    // Markdown bodies follow the base path: `npm run build -- --base /repo/` serves from a folder.
    basePath({ redirects }),
    // Every h2 and h3 in a Markdown or MDX body gets a link to itself, named by its text (a Sätteri HAST plugin).
    headingLinks(),
    // Every table in a Markdown or MDX body sits in the box every other table has, and fits a phone as cards.
    tableRegions(),
    mdx(),
    sitemap({
      // Redirect stubs (former names, old tier pages) are not pages of their own, and a path finder's /yours/ page
      // shows nothing until a script reads the reader's answers from its address.
      filter: (page) =>
        !Object.keys(redirects).some((from) => page.endsWith(from)) && !/\/path-finder\/.+\/yours\/$/.test(page),
    }),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  // Keep every processed script in its own file: the Content-Security-Policy then needs a hash
  // for the one inline script only (the theme applied before first paint, in Head.astro).
  vite: {
    build: {
      assetsInlineLimit: 0,
      modulePreload: false,
      rollupOptions: {
        // Bundling an MDX entry warns once per file that Astro's own "use astro:head-inject" directive may not be
        // kept (withastro/astro#18087): harmless, and 23 identical lines would hide a warning that matters.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    plugins: [leanDynamicImports()],
  },
});
