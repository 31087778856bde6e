import type { APIRoute } from 'astro';
import { getCatalogue } from '../../lib/content';
import { plannerDocument } from '../../lib/open-data';
import { versionToPrepare } from '../../lib/preparation';
import { programmeFigures } from '../../lib/programme';
import { routes } from '../../lib/routes';

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
