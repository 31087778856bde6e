// Keeps every page's weight independent of the catalogue's size: long lists of certifications are split into
// numbered pages (the catalogue table, category pages) or shortened to a few entries that link to the whole list
// (overviews and tool pickers). The real catalogue is far below both limits, so it shows everything.

/** Rows one page of a long certification list holds before the list continues on /page/2/ and so on. */
export const PAGE_SIZE = 100;

/** Certifications a category shows on an overview or in a tool picker before it links to its category page. */
export const PER_CATEGORY_LIMIT = 12;

/** One page of a paginated list. `number` counts from 1. */
export interface Page<T> {
  number: number;
  count: number;
  items: T[];
}

/** Splits items into pages of `size`; an empty list is still one (empty) page, so its first page exists. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a whole number above 0, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The URL of page `number` of the list at `base` (which ends in "/"): the base itself for page 1. */
export const pageHref = (base: string, number: number): string => (number <= 1 ? base : `${base}page/${number}/`);

/** The route parameter of a `[...page]` route for page `number`: none for page 1, "page/N" after it. */
export const pageParam = (number: number): string | undefined => (number <= 1 ? undefined : `page/${number}`);

/** The static routes of a paginated list for a `[...page]` route: one per page, the page as a prop. */
export function pagedRoutes<T, P extends Record<string, string>>(
  items: readonly T[],
  params: P = {} as P,
  size: number = PAGE_SIZE,
): { params: P & { page: string | undefined }; props: { page: Page<T> } }[] {
  return paginate(items, size).map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { page },
  }));
}

/** One entry of a pager: a page link, or a gap standing for the pages left out between two links. */
export type PagerItem = { kind: 'page'; number: number; current: boolean } | { kind: 'gap' };

/**
 * The page links a pager shows: the first and last pages and `around` pages either side of the current one,
 * with a gap wherever pages are left out, so a pager's size does not grow with the number of pages.
 */
export function pagerItems(current: number, count: number, around = 2): PagerItem[] {
  const shown = [...new Set([1, count, ...Array.from({ length: around * 2 + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((number, i): PagerItem[] => {
    const link: PagerItem = { kind: 'page', number, current: number === current };
    const previous = shown[i - 1];
    return previous !== undefined && number - previous > 1 ? [{ kind: 'gap' }, link] : [link];
  });
}

/** The first `limit` items and how many were left out. */
export function firstOf<T>(items: readonly T[], limit: number = PER_CATEGORY_LIMIT): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** What a title adds on a list longer than one page (", page 2 of 5"); nothing for a list that fits on one. */
export const pageTitleSuffix = (page: Pick<Page<unknown>, 'number' | 'count'>): string =>
  page.count > 1 ? `, page ${page.number} of ${page.count}` : '';
