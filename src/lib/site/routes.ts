/*
 * Every internal address in one place, so a page never builds a URL by hand and a route can move in one edit.
 * Every address carries the base path the site is built for (`astro build --base /repo/`), so the same build
 * works at a domain's root or under a folder such as a GitHub Pages project site.
 */

/** A base path in the one shape the routes use: starts and ends with "/" ("/" at a domain's root). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The base path of this build. Vite replaces `import.meta.env.BASE_URL` with Astro's `base`; Node scripts that
 * import this module outside Vite have no `import.meta.env` and get the root.
 */
export const basePath: string = normaliseBase(import.meta.env?.BASE_URL);

/** A root-relative site path ("/certifications/") under `base` ("/aws-guide/certifications/"). */
export function withBase(path: string, base: string = basePath): string {
  if (!path.startsWith('/')) throw new Error(`expected a root-relative path starting with "/", found "${path}"`);
  return `${normaliseBase(base)}${path.slice(1)}`;
}

/** A query string with the commas of slug lists left readable (?c=a,b rather than ?c=a%2Cb). */
export const readableQuery = (query: URLSearchParams): string => query.toString().replace(/%2C/g, ',');

/** The addresses of the site's pages and files under `base`; `routes` below is the one for this build. */
export function routesUnder(base: string) {
  // Template literals on the base rather than calls of withBase(): this module ships to the browser with the tools.
  const b = normaliseBase(base);
  return {
    base: b,
    home: b,
    catalogue: `${b}certifications/`,
    certification: (slug: string) => `${b}certifications/${slug}/`,
    certificationFeed: (slug: string) => `${b}certifications/${slug}/changes.xml`,
    certificationCalendar: (slug: string) => `${b}certifications/${slug}/calendar.ics`,
    /** The readiness check and study plan of one exam version. */
    prepare: (slug: string, code: string) => `${b}certifications/${slug}/prepare/${code.toLowerCase()}/`,
    category: (id: string) => `${b}categories/${id}/`,
    role: (id: string) => `${b}roles/${id}/`,
    roles: `${b}roles/`,
    service: (id: string) => `${b}services/${id}/`,
    services: `${b}services/`,
    compare: `${b}compare/`,
    /** The comparison tool with these certifications picked (?c=a,b,…). */
    compareWith: (slugs: readonly string[]) => `${b}compare/?c=${slugs.join(',')}`,
    comparePair: (pairSlug: string) => `${b}compare/${pairSlug}/`,
    overlap: `${b}compare/overlap/`,
    changes: `${b}changes/`,
    /** An event's entry on the paged changes log: page 1 at /changes/, then /changes/page/N/. */
    change: (id: string, page = 1) => `${b}${page <= 1 ? 'changes/' : `changes/page/${page}/`}#${id}`,
    changesFeed: `${b}changes.xml`,
    calendar: `${b}calendar.ics`,
    planner: `${b}planner/`,
    /** The planner with a query (?c=a,b&…) already filled in. */
    plannerWith: (query: URLSearchParams) => `${b}planner/?${readableQuery(query)}`,
    pathFinder: `${b}path-finder/`,
    pathFinderResult: (goal: string, level: string) => `${b}path-finder/${goal}/${level}/`,
    /** The path for a reader who holds certifications: computed in the browser from ?years=…&held=…. */
    pathFinderYours: (goal: string, level: string) => `${b}path-finder/${goal}/${level}/yours/`,
    roadmap: `${b}roadmap/`,
    guides: `${b}guides/`,
    guide: (slug: string) => `${b}guides/${slug}/`,
    search: `${b}search/`,
    /** A built answer to a common question, for readers whose search cannot run (no JavaScript). */
    searchAnswer: (kind: string) => `${b}search/answers/${kind}/`,
    /**
     * The files of search answers: `index` what the browser reads queries and builds answers from, and one per kind
     * of question with its answer built, for a question of one word ("cheapest").
     */
    searchAnswerData: (name: string) => `${b}data/search-answers/${name}.json`,
    /** The folder of those files. */
    searchAnswerFolder: `${b}data/search-answers/`,
    about: `${b}about/`,
    notFound: `${b}404.html`,
    data: (file: string) => `${b}data/${file}`,
    sitemap: `${b}sitemap-index.xml`,
    favicon: `${b}favicon.svg`,
    /** The folder of the Pagefind index and its browser runtime, written by src/integrations/pagefind.ts. */
    pagefind: `${b}pagefind/`,
  } as const;
}

export const routes = routesUnder(basePath);

/**
 * The addresses the search code needs, as data attributes of its element (`<site-search>`, `<search-page>`): the
 * search chunk reads them from the page instead of importing this module, which would add a shared chunk, and Vite's
 * list of it, to the script every page loads.
 */
export const searchElementData = {
  'data-pagefind': routes.pagefind,
  /** The folder of routes.searchAnswerData's files: the search appends a file's name and ".json". */
  'data-answers': routes.searchAnswerFolder,
  'data-catalogue': routes.catalogue,
  'data-services': routes.services,
} as const;

/** The routes of a build at the domain's root: what Astro's `redirects` config takes (Astro adds the base itself). */
export const rootRoutes = /* @__PURE__ */ routesUnder('/');

/**
 * A link written root-relative ("/certifications/x/") moved under `base`; anything else (other hosts, "//host",
 * relative paths, fragments, an address already under the base) is returned as it is.
 */
export function rebaseLink(href: string, base: string): string {
  const prefix = normaliseBase(base);
  if (prefix === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix.slice(0, -1) || href.startsWith(prefix)) return href;
  return withBase(href, prefix);
}
