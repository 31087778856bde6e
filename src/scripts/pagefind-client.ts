import type { SearchAnswerDocument } from '../lib/search/answers';

/** The parts of Pagefind's browser API the search UI uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text; `locations` are the positions of matching words in it. */
  content: string;
  locations: number[];
  anchors: { location: number }[];
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindApi {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: object }) => Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search for `term` will need, without searching. */
  preload: (term: string, options?: { filters?: object }) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Where the search finds its index and its two fallbacks: the data attributes of routes.ts's searchElementData. */
export interface SearchAddresses {
  pagefind: string;
  /** The folder of the answers' files (routes.searchAnswerData): index.json and one built answer per kind. */
  answers: string;
  catalogue: string;
  services: string;
}

/** Reads the addresses from the search element's data attributes (rendered from routes.ts). */
export function searchAddresses(element: HTMLElement): SearchAddresses {
  const { pagefind = '', answers = '', catalogue = '', services = '' } = element.dataset;
  return { pagefind, answers, catalogue, services };
}

const builtAnswers = new Map<string, Promise<{ title: string; html: string } | undefined>>();

/** The built answer to a question of one word (routes.searchAnswerData), or undefined when it cannot load. */
export function loadBuiltAnswer(
  kind: string,
  addresses: SearchAddresses,
): Promise<{ title: string; html: string } | undefined> {
  const loading =
    builtAnswers.get(kind) ??
    fetch(`${addresses.answers}${kind}.json`)
      .then((response) => (response.ok ? (response.json() as Promise<{ title: string; html: string }>) : undefined))
      .catch(() => undefined)
      .then((answer) => {
        if (!answer) builtAnswers.delete(kind);
        return answer;
      });
  builtAnswers.set(kind, loading);
  return loading;
}

let answering: Promise<SearchAnswerDocument | undefined> | undefined;

/**
 * Loads the data of search answers once, beside the index. Search works without it: a failed load gives no answers
 * (and is tried again on the next search), never an error.
 */
export function loadAnswers(addresses: SearchAddresses): Promise<SearchAnswerDocument | undefined> {
  answering ??= fetch(`${addresses.answers}index.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchAnswerDocument>) : undefined))
    .catch(() => undefined)
    .then((doc) => {
      if (!doc) answering = undefined;
      return doc;
    });
  return answering;
}

/** Thrown when the index cannot be loaded (in `npm run dev`, or when the files are missing). */
export class SearchUnavailableError extends Error {}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, on the reader's first sign of intent; later calls share the same promise. */
export function loadPagefind(addresses: SearchAddresses): Promise<PagefindApi> {
  loading ??= (async () => {
    if (import.meta.env.DEV) throw new SearchUnavailableError('dev');
    // Pagefind takes the base path of result URLs from where this file is loaded, so results follow the base too.
    const url = `${addresses.pagefind}pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Exact codes and names first: meta fields are searched and weighted above body text. No worker: for an index
    // this small a search takes a few milliseconds on the main thread, and the worker script would add 12 KB to the
    // first search.
    await api.options({ noWorker: true, ranking: { metaWeights: { code: 10, aliases: 8, title: 6 } } });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error instanceof SearchUnavailableError ? error : new SearchUnavailableError(String(error));
  });
  return loading;
}

/**
 * Tells the reader that search failed and offers the two ways to find a page without it. Built from text nodes and
 * links only.
 */
export function showSearchFailure(status: HTMLElement, addresses: SearchAddresses): void {
  const link = (href: string, text: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  };
  status.replaceChildren(
    'Search could not load just now, so there are no results to show. Every certification is in ',
    link(addresses.catalogue, 'the catalogue'),
    ', and every AWS service in ',
    link(addresses.services, 'the services index'),
    '.',
  );
}
