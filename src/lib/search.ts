/** The filter groups the search index carries (data-pagefind-filter on the pages). */
export const searchFilterGroups = ['category', 'status', 'role', 'type'] as const;
export type SearchFilterGroup = (typeof searchFilterGroups)[number];

/** Longest query passed to the index; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 200;

/** What the search page keeps in its URL: /search/?q=dynamodb&category=Associate. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterGroup, string[]>>;
}

/** Trims, folds runs of white space and caps the length of what the reader typed. */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** Reads ?q= and the filter parameters; anything malformed is dropped, never thrown. */
export function searchStateFromUrl(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters: SearchState['filters'] = {};
  for (const group of searchFilterGroups) {
    // Links from before the Business category named the category group "tier".
    const given = group === 'category' ? [...params.getAll(group), ...params.getAll('tier')] : params.getAll(group);
    const values = [...new Set(given.map((v) => v.trim().slice(0, 80)).filter(Boolean))].slice(0, 10);
    if (values.length > 0) filters[group] = values;
  }
  return { query: normaliseQuery(params.get('q') ?? ''), filters };
}

/** The query string for a search state (empty parts left out). */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of searchFilterGroups) for (const value of state.filters[group] ?? []) params.append(group, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when there is something to search for: a query or at least one filter. */
export const hasSearchInput = (state: SearchState): boolean =>
  state.query.length > 0 || Object.values(state.filters).some((values) => values && values.length > 0);

/** The sentence announced to screen readers after each search. */
export function resultSummary(count: number, query: string): string {
  const shown = query.length > 60 ? `${query.slice(0, 57)}…` : query;
  const subject = shown ? ` for “${shown}”` : '';
  if (count === 0)
    return `No results${subject}. Try an exam code such as SAA-C03, a service such as DynamoDB, or an old name such as SysOps.`;
  return `${count} result${count === 1 ? '' : 's'}${subject}.`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities Pagefind leaves in excerpt text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (!code.startsWith('#')) return entities[code.toLowerCase()] ?? match;
    const point = /^#x/i.test(code) ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
    // An out-of-range or surrogate code point is not a character: keep the text as it came.
    return point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff) ? String.fromCodePoint(point) : match;
  });
}

/**
 * Splits a Pagefind excerpt into plain-text pieces, marking the highlighted ones. Only <mark> is
 * understood; any other markup stays literal text, so an excerpt can never inject elements.
 */
export function excerptSegments(excerpt: string): { text: string; marked: boolean }[] {
  const segments: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) segments.push({ text: decodeEntities(part), marked });
  }
  return segments;
}

/**
 * How long search waits after the last keystroke. A reader types about ten keys a second, so a pause longer than
 * 100 ms means they stopped: partial words ("d", "dy", "dyn") never fetch index chunks and result fragments of their
 * own, which kept a first search over its 130 KB budget.
 */
export const TYPING_PAUSE_MS = 150;
