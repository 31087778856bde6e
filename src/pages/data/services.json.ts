import type { APIRoute } from 'astro';
import { getCatalogue } from '../../build/catalogue';
import { servicesDocument } from '../../lib/catalogue/open-data';

/** The service registry with the certifications covering each service. */
export const GET: APIRoute = async () => {
  const { services, certifications, today } = await getCatalogue();
  return new Response(JSON.stringify(servicesDocument(services, certifications, today), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
