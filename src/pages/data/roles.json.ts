import type { APIRoute } from 'astro';
import { getCatalogue } from '../../build/catalogue';
import { DATA_LICENCE, OPEN_DATA_VERSION } from '../../lib/catalogue/open-data';

/** The role paths as open data (also what the path finder computes from in the browser). */
export const GET: APIRoute = async () => {
  const { roles, today, pathFinderRules } = await getCatalogue();
  const document = {
    version: OPEN_DATA_VERSION,
    generatedOn: today,
    licence: DATA_LICENCE,
    roles,
    /** The rules the path finder applies around these paths (content/path-finder.yaml). */
    pathFinder: pathFinderRules,
  };
  return new Response(JSON.stringify(document, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
