import { normaliseQuery, resultSummary, SEARCH_MIN_LENGTH, SETTLE_MS, TYPING_PAUSE_MS } from '../lib/search/search';
import { needsAnswers, questionOfWord } from '../lib/search/answers';
import { loadPagefind, searchAddresses, showSearchFailure } from './pagefind-client';
import { preloadSearch, runSearch } from './search-engine';
import { clearSearchOutcome, drawSearchOutcome } from './search-results';

let styled: Promise<void> | undefined;

/**
 * The answer's styles, loaded the first time a query may bring an answer, on a page that lacks them (every page but
 * /search/ and the built answers): no page carries them before that.
 */
function answerStyles(): Promise<void> {
  styled ??= getComputedStyle(document.documentElement).getPropertyValue('--search-answer-styles')
    ? Promise.resolve()
    : import('./search-answer-styles').then(
        ({ default: styles }) => {
          const style = document.createElement('style');
          style.textContent = styles;
          document.head.append(style);
        },
        // Without its styles an answer still reads as headings, text and lists.
        () => undefined,
      );
  return styled;
}

/** Results the dialog shows (each loads a fragment of its page); the search page shows more. */
const MAX_RESULTS = 5;
const attached = new WeakSet<HTMLDialogElement>();

/**
 * Starts loading the index as soon as the reader shows intent (`root` is `<site-search>`). The answers' data loads
 * with the first query that needs it (search-engine.ts).
 */
export function prepare(root: HTMLElement): void {
  loadPagefind(searchAddresses(root)).catch(() => undefined);
}

/**
 * Wires the dialog once: search as you type, arrow keys between answer and results, Enter opens. Close and Esc need no
 * script (SiteSearch.astro).
 */
export function attach(dialog: HTMLDialogElement, root: HTMLElement): void {
  const addresses = searchAddresses(root);
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('.search-status');
  const list = dialog.querySelector<HTMLOListElement>('.search-results');
  if (!input || !status || !list) return;
  // The answer's place above the results, made here rather than carried in every page's markup.
  const slot = dialog.querySelector<HTMLElement>('.search-answer-slot') ?? document.createElement('div');
  if (!slot.isConnected) {
    slot.className = 'search-answer-slot';
    list.before(slot);
  }
  input.focus();
  if (attached.has(dialog)) return;
  attached.add(dialog);

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** The links in reading order: the answer's, then the results'. */
  const links = () => [...slot.querySelectorAll<HTMLAnchorElement>('a'), ...list.querySelectorAll('a')];

  const clear = () => clearSearchOutcome(slot, list);
  /** `settled`: the query has stood still (or was given whole), so its results are drawn whatever its last word. */
  const run = async (submitted: boolean, settled = submitted) => {
    const ticket = ++latest;
    const query = normaliseQuery(input.value);
    if (query.length < SEARCH_MIN_LENGTH) {
      clear();
      status.textContent = '';
      list.removeAttribute('aria-busy');
      return;
    }
    try {
      const outcome = await runSearch(
        query,
        // A space after the last word says it is whole.
        {
          max: MAX_RESULTS,
          submitted: submitted || /\s$/.test(input.value),
          settled,
          isCurrent: () => ticket === latest,
        },
        addresses,
      );
      if (outcome?.answer) await answerStyles();
      if (!outcome || ticket !== latest) return;
      drawSearchOutcome(slot, list, outcome);
      status.textContent = resultSummary(outcome.total, query, outcome.answer?.title);
      if (settled) list.removeAttribute('aria-busy');
    } catch {
      if (ticket !== latest) return;
      clear();
      showSearchFailure(status, addresses);
      list.removeAttribute('aria-busy');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    clearTimeout(settle);
    // The index chunks the query will need start loading at once; the search runs after a short pause, and draws its
    // results at once when the last word is finished, else once the query has stood still (search-engine.ts).
    const query = normaliseQuery(input.value);
    // Busy until the search that runs once the query stands still has drawn its results.
    list.setAttribute('aria-busy', 'true');
    preloadSearch(query, addresses);
    if (questionOfWord(query) || needsAnswers(query)) void answerStyles();
    timer = setTimeout(() => void run(false), TYPING_PAUSE_MS);
    settle = setTimeout(() => void run(false, true), SETTLE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Where the answer sends the reader first, else the first result.
      const first = slot.querySelector<HTMLAnchorElement>('.answer-primary') ?? list.querySelector('a');
      if (first) location.assign(first.href);
    }
  });
  const move = (event: KeyboardEvent) => {
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
  };
  slot.addEventListener('keydown', move);
  list.addEventListener('keydown', move);
  // Chromium may leave focus on the hidden input for a moment after Esc, which would make a quick "/" count as
  // typing in a field and not reopen the search.
  dialog.addEventListener('close', () => {
    if (document.activeElement === input) input.blur();
  });
  // The reader may have typed while this code was loading: search for it now.
  if (input.value) {
    list.setAttribute('aria-busy', 'true');
    void run(false, true);
  }
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
