import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The subset of Pagefind's Node API the indexer uses (mockable in tests). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

interface PagefindResponse {
  errors: string[];
}

/** Throws with every error Pagefind reported, after logging each one. */
function assertNoErrors(step: string, response: PagefindResponse, logger: AstroIntegrationLogger): void {
  if (response.errors.length === 0) return;
  for (const error of response.errors) logger.error(`${step}: ${error}`);
  throw new Error(`Pagefind ${step} failed: ${response.errors.join('; ')}`);
}

/**
 * Elements of the templates kept out of the index: labels and figures that fill excerpts and say nothing a reader
 * searches for ("Exam code SCS-C03 Category Specialty Status Active"). Named here rather than marked with
 * data-pagefind-ignore, which would add bytes to certification pages at their 14 KB budget; whole regions of a page
 * are marked where they are. Search answers give the figures from the data instead.
 */
export const EXCLUDED_FROM_INDEX = [
  // An exam's facts grid, the bars of its domains, and badges (category, status, code).
  'dl.facts',
  'ol.bars',
  '.badge',
  // The sentence on a version's evidence (the only muted prose paragraph of an indexed page), and the link to the
  // readiness check.
  'p.muted.prose',
  'p.prepare-link',
  // Each task's list of services: the page lists the services it stresses once, and search finds them there.
  '.task-services',
  // The "unverified" label beside facts and headings ("Services the exam stresses unverified Amazon Aurora").
  'a.unverified',
  // A figure not yet confirmed or not recorded (UnknownValue.astro): a dash whose hidden words would fill excerpts.
  'abbr[title="Not yet confirmed"]',
  'abbr[title="Not recorded"]',
  // Tables of figures, one row per exam: the catalogue's lists and a guide's question types. Each row names a page
  // search finds on its own; their cells would fill excerpts ("65 (50 scored, 15 unscored) Not yet confirmed").
  'table.cert-list',
  'table.question-types',
];

/** Builds the search index for the site in `outDir` and writes it to `outDir/pagefind/`. */
export async function buildSearchIndex(
  outDir: URL,
  logger: AstroIntegrationLogger,
  api: PagefindApi = pagefind,
): Promise<{ pageCount: number }> {
  const started = performance.now();
  logger.info('building the search index');
  try {
    const created = await api.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
    assertNoErrors('createIndex', created, logger);
    const index = created.index;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: fileURLToPath(outDir) });
    assertNoErrors('addDirectory', added, logger);
    if (added.page_count === 0) throw new Error('Pagefind found no pages to index: is data-pagefind-body missing?');
    const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', outDir)) });
    assertNoErrors('writeFiles', written, logger);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    logger.info(`indexed ${added.page_count} pages in ${seconds}s`);
    return { pageCount: added.page_count };
  } catch (error) {
    throw new Error('Failed to build the Pagefind search index.', { cause: error });
  } finally {
    await api.close();
  }
}

/** Astro integration: `npm run build` alone produces dist/pagefind. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'aws-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(dir, logger);
      },
    },
  };
}
