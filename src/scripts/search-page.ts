import {
  hasSearchInput,
  resultSummary,
  SEARCH_MIN_LENGTH,
  searchFilterGroups,
  searchQueryString,
  searchStateFromUrl,
  SETTLE_MS,
  TYPING_PAUSE_MS,
  type SearchState,
} from '../lib/search/search';
import { searchAddresses, showSearchFailure } from './pagefind-client';
import { preloadSearch, runSearch } from './search-engine';
import { clearSearchOutcome, drawSearchOutcome } from './search-results';

const MAX_RESULTS = 30;

/** The /search/ page: reads ?q= and filters, searches as the reader types, keeps the URL in step. */
export function attachSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('.search-status');
  const answer = root.querySelector<HTMLElement>('.search-answer-slot');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  const filters = root.querySelector<HTMLDetailsElement>('details.filters');
  if (!form || !input || !status || !answer || !list) return;
  const addresses = searchAddresses(root);

  const readForm = (): SearchState =>
    searchStateFromUrl(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const initial = searchStateFromUrl(location.search);
  input.value = initial.query;
  let active = 0;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const group = box.name as (typeof searchFilterGroups)[number];
    box.checked = initial.filters[group]?.includes(box.value) ?? false;
    if (box.checked) active += 1;
  }
  // The filters stay folded away unless the address already applies one.
  if (filters && active > 0) filters.open = true;

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** `settled`: the query has stood still (or was given whole), so its results are drawn whatever its last word. */
  const run = async (submitted: boolean, settled = submitted) => {
    const ticket = ++latest;
    const state = readForm();
    history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
    const filtered = Object.values(state.filters).some((values) => values && values.length > 0);
    if (!hasSearchInput(state) || (!filtered && state.query.length < SEARCH_MIN_LENGTH)) {
      clearSearchOutcome(answer, list);
      status.textContent = 'Type a word, or tick a filter to browse.';
      return;
    }
    status.textContent = 'Searching…';
    const filterOptions = Object.fromEntries(
      Object.entries(state.filters).map(([group, values]) => [group, { any: values ?? [] }]),
    );
    try {
      const outcome = await runSearch(
        state.query,
        {
          filters: filterOptions,
          max: MAX_RESULTS,
          submitted: submitted || /\s$/.test(input.value),
          settled,
          isCurrent: () => ticket === latest,
        },
        addresses,
      );
      if (!outcome || ticket !== latest) return;
      drawSearchOutcome(answer, list, outcome);
      status.textContent = resultSummary(outcome.total, state.query, outcome.answer?.title);
    } catch {
      if (ticket !== latest) return;
      clearSearchOutcome(answer, list);
      showSearchFailure(status, addresses);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });
  form.addEventListener('change', () => void run(true));
  input.addEventListener('input', () => {
    clearTimeout(timer);
    clearTimeout(settle);
    preloadSearch(input.value.trim(), addresses);
    timer = setTimeout(() => void run(false), TYPING_PAUSE_MS);
    settle = setTimeout(() => void run(false, true), SETTLE_MS);
  });
  // A query read from the address was typed in full.
  void run(true);
}
