import type { APIRoute } from 'astro';
import { compareDocument } from '../../lib/tools/compare';
import { getCatalogue } from '../../build/catalogue';

/** The compare page's slice of the catalogue (see compareDocument), compact: only the compare page reads it. */
export const GET: APIRoute = async () => {
  const { certifications, services } = await getCatalogue();
  const names = new Map(services.map((s) => [s.id, s.name]));
  return new Response(JSON.stringify(compareDocument(certifications, names)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
