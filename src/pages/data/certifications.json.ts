import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/content';
import { certificationsDocument } from '../../lib/open-data';

/** The whole catalogue as open data. */
export const GET: APIRoute = async () => {
  const { certifications } = await getCatalog();
  return new Response(JSON.stringify(certificationsDocument(certifications, new Date()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
