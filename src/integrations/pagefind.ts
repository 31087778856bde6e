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

/** Builds the search index for the site in `outDir` and writes it to `outDir/pagefind/`. */
export async function buildSearchIndex(
  outDir: URL,
  logger: AstroIntegrationLogger,
  api: PagefindApi = pagefind,
): Promise<{ pageCount: number }> {
  const started = performance.now();
  logger.info('building the search index');
  try {
    const created = await api.createIndex({});
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
