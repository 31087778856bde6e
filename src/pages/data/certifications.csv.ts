import type { APIRoute } from 'astro';
import { getCatalogue } from '../../build/catalogue';
import { certificationsCsv } from '../../lib/catalogue/csv';

/** The catalogue as CSV. */
export const GET: APIRoute = async () => {
  const { certifications } = await getCatalogue();
  return new Response(certificationsCsv(certifications), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
