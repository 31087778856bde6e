import type { APIRoute } from 'astro';
import { getCatalogue } from '../../build/catalogue';
import { certificationsDocument } from '../../lib/catalogue/open-data';

/** The whole catalogue as open data. */
export const GET: APIRoute = async () => {
  const { certifications, today } = await getCatalogue();
  return new Response(JSON.stringify(certificationsDocument(certifications, today), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
