import type { APIRoute } from 'astro';
import { getCatalogue } from '../../../build/catalogue';
import { searchAnswersOf } from '../../../build/search-answer-data';
import { answerOfKind } from '../../../lib/search/answer-builders';
import { answerKinds, type AnswerKind } from '../../../lib/search/answers';
import { renderSearchAnswer } from '../../../views/search-answer';

export function getStaticPaths() {
  return answerKinds.map((kind) => ({ params: { kind } }));
}

/**
 * The answer to a question of one word ("cheapest"), rendered by the one answer template: what the browser shows for
 * it without fetching the answers' data or code (src/lib/search/answers.ts, questionOfWord).
 */
export const GET: APIRoute = async ({ params }) => {
  const view = answerOfKind(params['kind'] as AnswerKind, searchAnswersOf(await getCatalogue()));
  const answer = { title: view.title, html: renderSearchAnswer(view).value };
  return new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
