import { hasSearchInput, normaliseQuery, resultSummary, TYPING_PAUSE_MS } from '../lib/search';
import { loadPagefind, searchAddresses, showSearchFailure, type PagefindApi } from './pagefind-client';
import { renderResultList } from './search-results';

/** Results the dialog shows (each loads a fragment of its page); the search page shows more. */
const MAX_RESULTS = 6;
const attached = new WeakSet<HTMLDialogElement>();

/** Starts loading the index as soon as the reader shows intent (`root` is the `<site-search>` element). */
export function prepare(root: HTMLElement): void {
  loadPagefind(searchAddresses(root)).catch(() => undefined);
}

/** Wires the dialog once: search as you type, arrow keys between results, Enter opens, Esc closes. */
export function attach(dialog: HTMLDialogElement, root: HTMLElement): void {
  const addresses = searchAddresses(root);
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('.search-status');
  const list = dialog.querySelector<HTMLOListElement>('.search-results');
  const close = dialog.querySelector<HTMLButtonElement>('[data-close]');
  if (!input || !status || !list || !close) return;
  input.focus();
  if (attached.has(dialog)) return;
  attached.add(dialog);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  const run = async () => {
    const ticket = ++latest;
    const query = normaliseQuery(input.value);
    if (!hasSearchInput({ query, filters: {} })) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let api: PagefindApi;
    try {
      api = await loadPagefind(addresses);
    } catch {
      showSearchFailure(status, addresses);
      return;
    }
    try {
      const search = await api.search(query);
      if (ticket !== latest || !search) return;
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      renderResultList(list, data);
      status.textContent = resultSummary(search.results.length, query);
    } catch {
      if (ticket !== latest) return;
      list.replaceChildren();
      showSearchFailure(status, addresses);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = links()[0];
      if (first) location.assign(first.href);
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at <= 0) input.focus();
      else all[at - 1]?.focus();
    }
  });
  close.addEventListener('click', () => dialog.close());
  // Chromium may leave focus on the hidden input for a moment after Esc, which would make a quick "/" count as
  // typing in a field and not reopen the search.
  dialog.addEventListener('close', () => {
    if (document.activeElement === input) input.blur();
  });
  // The reader may have typed while this code was loading: search for it now.
  if (input.value) void run();
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
