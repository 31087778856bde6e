import { defineMiddleware } from 'astro:middleware';
import { keepCodesWhole } from './build/keep-codes-whole';

/** Runs on every page as it is built: keeps exam codes on one line (src/build/keep-codes-whole.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(keepCodesWhole(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
