/** The parts of Pagefind's browser API the search UI uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
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
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** Thrown when the index cannot be loaded (in `npm run dev`, or when the files are missing). */
export class SearchUnavailableError extends Error {}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, on the reader's first sign of intent; later calls share the same promise. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    if (import.meta.env.DEV) throw new SearchUnavailableError('dev');
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Exact codes and names first: meta fields are searched and weighted above body text.
    await api.options({ ranking: { metaWeights: { code: 10, aliases: 8, title: 6 } } });
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
export function showSearchFailure(status: HTMLElement): void {
  const link = (href: string, text: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  };
  status.replaceChildren(
    'Search could not load just now, so there are no results to show. Every certification is in ',
    link('/certifications/', 'the catalogue'),
    ', and every AWS service in ',
    link('/services/', 'the services index'),
    '.',
  );
}
