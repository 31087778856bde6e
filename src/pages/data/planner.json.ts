import type { APIRoute } from 'astro';
import { getCatalogue } from '../../build/catalogue';
import { plannerDocument } from '../../lib/catalogue/open-data';
import { versionToPrepare } from '../../lib/tools/preparation';
import { programmeFigures } from '../../lib/catalogue/programme';
import { routes } from '../../lib/site/routes';

/** The planner's slice of the catalogue (see plannerDocument), compact: only the planner reads it. */
export const GET: APIRoute = async () => {
  const { certifications, today, programme } = await getCatalogue();
  const prepare = Object.fromEntries(
    certifications.flatMap((cert) => {
      const prepared = versionToPrepare(cert);
      return prepared ? [[cert.slug, { code: prepared.code, url: routes.prepare(cert.slug, prepared.code) }]] : [];
    }),
  );
  return new Response(JSON.stringify(plannerDocument(certifications, today, prepare, programmeFigures(programme))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
