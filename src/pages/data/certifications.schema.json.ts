import type { APIRoute } from 'astro';
import { routes } from '../../lib/site/routes';
import { certificationsJsonSchema } from '../../schemas/open-data';

/** The JSON Schema of /data/certifications.json, generated from the zod schema. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(certificationsJsonSchema(routes.data('certifications.schema.json')), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
