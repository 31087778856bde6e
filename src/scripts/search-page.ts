import {
  hasSearchInput,
  resultSummary,
  searchFilterGroups,
  searchQueryString,
  searchStateFromUrl,
  TYPING_PAUSE_MS,
  type SearchState,
} from '../lib/search';
import { loadPagefind, searchAddresses, showSearchFailure } from './pagefind-client';
import { renderResultList } from './search-results';

const MAX_RESULTS = 30;

/** The /search/ page: reads ?q= and filters, searches as the reader types, keeps the URL in step. */
export function attachSearchPage(root: HTMLElement): void {
  const form = root.querySelector('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('.search-status');
  const list = root.querySelector<HTMLOListElement>('.search-results');
  if (!form || !input || !status || !list) return;
  const addresses = searchAddresses(root);

  const readForm = (): SearchState =>
    searchStateFromUrl(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
  const initial = searchStateFromUrl(location.search);
  input.value = initial.query;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const group = box.name as (typeof searchFilterGroups)[number];
    box.checked = initial.filters[group]?.includes(box.value) ?? false;
  }

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const ticket = ++latest;
    const state = readForm();
    history.replaceState(null, '', `${location.pathname}${searchQueryString(state)}`);
    if (!hasSearchInput(state)) {
      list.replaceChildren();
      status.textContent = 'Type a word, or tick a filter to browse.';
      return;
    }
    status.textContent = 'Searching…';
    let api;
    try {
      api = await loadPagefind(addresses);
    } catch {
      showSearchFailure(status, addresses);
      return;
    }
    const filters = Object.fromEntries(
      Object.entries(state.filters).map(([group, values]) => [group, { any: values }]),
    );
    try {
      const search = await api.search(state.query || null, { filters });
      if (ticket !== latest || !search) return;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      renderResultList(list, data);
      status.textContent = resultSummary(search.results.length, state.query);
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      showSearchFailure(status, addresses);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  void run();
}
