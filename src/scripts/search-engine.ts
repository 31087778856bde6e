/*
 * One search, as the dialog and the /search/ page both run it: the answer the data gives (if the query asks a
 * question), and the pages of the index, with matches the reader did not mean left out and excerpts that start at a
 * sentence or heading.
 */
import { finishedWords, readerExcerpt, type ExcerptSegment } from '../lib/search/search';
import { isLittleWord, needsAnswers, questionOfWord, readQuery } from '../lib/search/answers';
import { loadAnswers, loadBuiltAnswer, loadPagefind, type PagefindApi, type SearchAddresses } from './pagefind-client';

/** One result as the list shows it. */
export interface ShownResult {
  url: string;
  meta: Record<string, string | undefined>;
  excerpt: ExcerptSegment[];
}

/** What a search found: an answer, the results to show, and how many results there are in all. */
export interface SearchOutcome {
  /** The answer's title and markup, when the query asks a question the data answers. */
  answer: { title: string; html: string } | undefined;
  results: ShownResult[];
  /** Undefined while the last word is still being typed: the answer is shown, the pages wait. */
  total: number | undefined;
}

/** The query the index is searched with: loose exam codes written as codes ("saa c3" → "SAA-C03"). */
export async function indexQueryFor(query: string, addresses: SearchAddresses): Promise<string> {
  const answers = needsAnswers(query) ? await loadAnswers(addresses) : undefined;
  return answers ? readQuery(query, answers).indexQuery : query;
}

/** Starts fetching what a search for `query` will need (index chunks), without searching: called on each key. */
export function preloadSearch(query: string, addresses: SearchAddresses): void {
  if (!query) return;
  const asked = questionOfWord(query);
  if (asked) void loadBuiltAnswer(asked, addresses);
  void Promise.all([loadPagefind(addresses), indexQueryFor(query, addresses)])
    .then(([api, term]) => (term ? api.preload(term) : undefined))
    .catch(() => undefined);
}

/** Fragments loaded at a time beyond those first asked for, and the most loaded for one search. */
const MORE_AT_ONCE = 6;
const MOST_LOADED = 40;

/**
 * Searches for `query` (and the filters), returning at most `max` results. `submitted` says the reader has finished
 * typing (Enter, or a query read from the address), so the last word is whole; `settled` that the query has stood
 * still (SETTLE_MS). Until then, a query whose last word may still grow ("chea", "cheap" on the way to "cheapest")
 * gives only its answer, or undefined: results for part of a word would fetch pages' fragments for nothing. Throws
 * when the index cannot load.
 */
export async function runSearch(
  query: string,
  options: {
    filters?: Record<string, { any: string[] }>;
    max: number;
    submitted: boolean;
    settled: boolean;
    isCurrent: () => boolean;
  },
  addresses: SearchAddresses,
): Promise<SearchOutcome | undefined> {
  const [api, answers]: [PagefindApi, Awaited<ReturnType<typeof loadAnswers>>] = await Promise.all([
    loadPagefind(addresses),
    needsAnswers(query) ? loadAnswers(addresses) : undefined,
  ]);
  const reading = answers && query ? readQuery(query, answers) : undefined;
  const term = reading?.indexQuery ?? query;
  // A question of one word has its answer built already; for any other question or comparison the answer's code loads
  // beside the search.
  const asked = questionOfWord(query);
  const answering = asked
    ? loadBuiltAnswer(asked, addresses)
    : answers && reading && (reading.kind || reading.compare)
      ? import('./search-answer').then((m) => m.answerMarkup(query, answers, reading)).catch(() => undefined)
      : undefined;
  if (!options.settled && term) {
    // Pagefind's exact search ("…") matches whole words (and their forms) only; its plain search every word that
    // starts with the typed one. The word is finished for sure when both find the same pages.
    const last = term.replace(/"/g, '').trim().split(/\s+/).at(-1) ?? '';
    const [whole, started] = last ? await Promise.all([api.search(`"${last}"`), api.search(last)]) : [null, null];
    if (!options.isCurrent()) return undefined;
    // A little word ("how") is most often the start of a question: it waits like an unfinished one.
    const finished =
      !isLittleWord(last) &&
      !!whole &&
      !!started &&
      whole.results.length > 0 &&
      whole.results.length === started.results.length;
    if (!finished) {
      // An answer needs no page: it shows at once ("beginner" is no word of any page).
      const answer = await answering;
      return answer && options.isCurrent() ? { answer, results: [], total: undefined } : undefined;
    }
  }
  const search = await api.search(term || null, { filters: options.filters ?? {} });
  if (!search || !options.isCurrent()) return undefined;

  // Fragments are loaded the reader's count at a time, more only when some were left out as unmeant matches.
  const loaded: Awaited<ReturnType<(typeof search.results)[number]['data']>>[] = [];
  const results: ShownResult[] = [];
  let rejected = 0;
  let next = 0;
  while (results.length < options.max && next < search.results.length && next < MOST_LOADED) {
    const batch = search.results.slice(next, next + (next === 0 ? options.max : MORE_AT_ONCE));
    next += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (!options.isCurrent()) return undefined;
    loaded.push(...data);
    const words = finishedWords(term, loaded, options.submitted);
    results.length = 0;
    rejected = 0;
    for (const fragment of loaded) {
      const excerpt = readerExcerpt(fragment, words);
      if (excerpt === undefined) rejected += 1;
      else if (results.length < options.max) results.push({ url: fragment.url, meta: fragment.meta, excerpt });
    }
  }
  return { answer: await answering, results, total: search.results.length - rejected };
}
