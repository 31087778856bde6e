// The answer to a question typed into search, loaded only when a query asks one (search-engine.ts).
import { answerFor } from '../lib/search/answer-builders';
import type { QueryReading, SearchAnswerDocument } from '../lib/search/answers';
import { renderSearchAnswer } from '../views/search-answer';

/**
 * The answer's title (for the announcement) and its markup, from the one template the built pages use too, which
 * keeps exam codes whole (src/views/html.ts).
 */
export function answerMarkup(
  query: string,
  doc: SearchAnswerDocument,
  reading: QueryReading,
): { title: string; html: string } | undefined {
  const view = answerFor(query, doc, reading);
  return view ? { title: view.title, html: renderSearchAnswer(view).value } : undefined;
}
