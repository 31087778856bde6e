import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/content';
import { certificationsCsv } from '../../lib/csv';

/** The catalogue as CSV. */
export const GET: APIRoute = async () => {
  const { certifications } = await getCatalog();
  return new Response(certificationsCsv(certifications), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
