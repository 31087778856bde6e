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

/**
 * The sentence announced to screen readers after each search: the answer's title first when the query asked a
 * question the data answers, then the count of pages.
 */
export function resultSummary(count: number | undefined, query: string, answer?: string): string {
  const shown = query.length > 60 ? `${query.slice(0, 57)}…` : query;
  const subject = shown ? ` for “${shown}”` : '';
  const pages = `${count} result${count === 1 ? '' : 's'}${subject}.`;
  // While the reader is still typing a word, the answer is announced alone and the pages follow.
  if (count === undefined) return answer ? `Answer${subject}: ${answer}.` : `Searching${subject}…`;
  if (answer) return `Answer: ${answer}. ${count === 0 ? `No pages${subject} beyond it.` : pages}`;
  if (count === 0)
    return `No results${subject}. Try an exam code such as SAA-C03, a service such as DynamoDB, or an old name such as SysOps.`;
  return pages;
}

/**
 * How long search waits after a keystroke before it searches. The index chunks a query needs are fetched on every
 * keystroke (Pagefind's preload), so the search itself takes a few milliseconds; this pause only lets a burst of
 * keys (a paste, a fast typist) settle so results are not drawn for every letter.
 */
export const TYPING_PAUSE_MS = 40;

/** Shortest query searched: a single letter matches most of the site and would fetch a page of results for nothing. */
export const SEARCH_MIN_LENGTH = 2;

/**
 * How long a query must stand still before its results are drawn whatever its last word. Sooner, they are drawn only
 * when the last word is whole and starts no longer word of the index ("dynamodb", not "dyn" or "cheap"): each result
 * costs a fragment of its page, and the words typed on the way to a query find other pages than the query itself.
 * Longer than the gap between two keys of a reader typing, so no search runs on a word half typed.
 */
export const SETTLE_MS = 150;

/** A piece of an excerpt: plain text, marked where it matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** A word as search compares it: lower case, accents folded, letters and digits only ("SAA-C03," → "saac03"). */
export const comparableWord = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** A word without a plain English ending (exams → exam, expires → expir, retired → retir), for comparing forms. */
function withoutEnding(word: string): string {
  const stripped = word
    .replace(/ies$/, 'y')
    .replace(/(?<=..)(es|s|ed|ing|d)$/, '')
    .replace(/(?<=..)e$/, '');
  return stripped.length >= 3 ? stripped : word;
}

/** The edit distance of two words (insertions, deletions, substitutions and swaps of neighbours), capped at `limit + 1`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (previous2[j - 2] ?? 0) + 1);
      row.push(best);
    }
    previous2 = previous;
    previous = row;
  }
  return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

/**
 * How a word on a page stands to a word of the query: the same word, the same word with a plain ending (exam,
 * exams), a likely typo of it (practitionr, practitioner), the start of a longer word (dyn, DynamoDB), or none of
 * these: a match the index made by cutting the query word down ("beginner" matched "begins"), which a reader would
 * notice as wrong.
 */
export function wordMatch(pageWord: string, queryWord: string): 'same' | 'typo' | 'prefix' | undefined {
  const w = comparableWord(pageWord);
  const q = comparableWord(queryWord);
  if (!w || !q) return undefined;
  if (w === q || withoutEnding(w) === withoutEnding(q)) return 'same';
  const allowed = q.length >= 8 ? 2 : q.length >= 5 ? 1 : 0;
  if (allowed > 0 && /\p{L}/u.test(q) && editDistance(w, q, allowed) <= allowed) return 'typo';
  if (w.startsWith(q)) return 'prefix';
  return undefined;
}

/** A result's text as Pagefind gives it: the page's words, the positions that matched, and its headings. */
export interface MatchedText {
  content: string;
  locations: readonly number[];
  anchors?: readonly { location: number }[];
}

/** Splits page text into words the way Pagefind counts locations. */
export const pageWords = (content: string): string[] => content.split(/[^\S\uFEFF]+/g);

/**
 * The query words a reader has finished typing. All but the last always; the last one too when it is followed by a
 * space, when the query was submitted, or when some page has it as a whole word (so "free" no longer matches
 * "freedom", while "dyn", which no page has, still finds DynamoDB).
 */
export function finishedWords(
  query: string,
  texts: readonly MatchedText[],
  submitted: boolean,
): { words: string[]; lastIsWhole: boolean } {
  const words = query
    .split(/\s+/)
    .map(comparableWord)
    .filter((w) => w.length > 0);
  const last = words.at(-1);
  if (!last) return { words, lastIsWhole: true };
  if (submitted || /\s$/.test(query)) return { words, lastIsWhole: true };
  const whole = texts.some((text) => {
    const all = pageWords(text.content);
    return text.locations.some((at) => {
      const match = wordMatch(all[at] ?? '', last);
      return match === 'same' || match === 'typo';
    });
  });
  return { words, lastIsWhole: whole };
}

/** Words either side of the first match an excerpt keeps at most. */
export const EXCERPT_WORDS = 30;

/**
 * The excerpt of a result as a reader should see it, or undefined when the page matched only through words the
 * reader did not mean (every location of some query word is a cut-down match). The excerpt starts at the sentence or
 * heading where the best match is, marks only words that match, and never shows more than `length` words around it;
 * a long sentence is shortened in its middle with "…".
 */
export function readerExcerpt(
  text: MatchedText,
  query: { words: readonly string[]; lastIsWhole: boolean },
  length: number = EXCERPT_WORDS,
): ExcerptSegment[] | undefined {
  const all = pageWords(text.content);
  const accepts = (at: number, q: string, i: number) => {
    const match = wordMatch(all[at] ?? '', q);
    const open = i === query.words.length - 1 && !query.lastIsWhole;
    return match === 'same' || match === 'typo' || (match === 'prefix' && open);
  };
  const good = new Map<number, Set<number>>();
  for (const at of text.locations)
    query.words.forEach((q, i) => {
      if (accepts(at, q, i)) good.set(at, (good.get(at) ?? new Set()).add(i));
    });
  // A page matched only in its meta data (no location) is kept as Pagefind ranked it.
  if (text.locations.length > 0 && query.words.length > 0) {
    const covered = new Set([...good.values()].flatMap((s) => [...s]));
    if (query.words.some((_, i) => !covered.has(i))) return undefined;
  }
  const positions = [...good.keys()].sort((a, b) => a - b);
  // The window of `length` words with the most distinct query words, then the most matches, earliest first.
  let best = positions[0] ?? 0;
  let bestScore = -1;
  for (const start of positions) {
    const inside = positions.filter((p) => p >= start && p < start + length);
    const distinct = new Set(inside.flatMap((p) => [...(good.get(p) ?? [])])).size;
    const score = distinct * 1000 + inside.length;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  const headingAt = new Set((text.anchors ?? []).map((a) => a.location));
  let from = best;
  while (from > 0 && !headingAt.has(from) && !/[.!?]["')\]]*$/.test(all[from - 1] ?? '')) from--;
  const segment = (start: number, end: number): ExcerptSegment[] => {
    const out: ExcerptSegment[] = [];
    const push = (piece: string, marked: boolean) => {
      const last = out.at(-1);
      if (last && !last.marked && !marked) last.text += piece;
      else out.push({ text: piece, marked });
    };
    for (let at = start; at < Math.min(end, all.length); at++) {
      if (at > start) push(' ', false);
      push(all[at] ?? '', good.has(at));
    }
    return out;
  };
  const tail = (end: number) => (end < all.length ? [{ text: ' …', marked: false }] : []);
  if (best - from <= length - 12) return [...segment(from, from + length), ...tail(from + length)];
  // A long sentence: its first words, then the words just before the match.
  const opening = 8;
  const resume = best - 4;
  return [
    ...segment(from, from + opening),
    { text: ' … ', marked: false },
    ...segment(resume, resume + length - opening),
    ...tail(resume + length - opening),
  ];
}
