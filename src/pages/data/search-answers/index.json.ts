import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../build/catalogue';
import { searchAnswersOf } from '../../../build/search-answer-data';

/** What search answers read in the browser (src/lib/search/answers.ts), compact: it counts in the first search. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchAnswersOf(await getCatalogue())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
