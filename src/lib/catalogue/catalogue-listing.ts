import { categories, statuses, type Category, type Status } from '../../schemas/enums.ts';

/** Columns the catalogue table can be sorted by. */
export const sortKeys = [
  'name',
  'code',
  'category',
  'status',
  'minutes',
  'questions',
  'price',
  'passingScore',
] as const;
export type SortKey = (typeof sortKeys)[number];

/** The reader's view of the catalogue table, as kept in the URL (?category=associate&sort=price). */
export interface CatalogueListing {
  category?: Category | undefined;
  status?: Status | undefined;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const defaultView: CatalogueListing = { sort: 'category', dir: 'asc' };

/** One table row's sortable values (strings sort alphabetically, numbers numerically, unknown values last). */
export interface CatalogueRow {
  slug: string;
  category: Category;
  status: Status;
  values: Record<SortKey, string | number | null>;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

/** Sort keys of earlier links, still honoured. */
const formerSortKeys: Record<string, SortKey> = { tier: 'category' };

/**
 * Reads the view from a query string; unknown or hostile values fall back to the default, never throw. Links made
 * before the Business category (`?tier=associate&sort=tier`) keep working.
 */
export function parseCatalogueQuery(search: string | URLSearchParams): CatalogueListing {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const category = params.get('category') ?? params.get('tier');
  const status = params.get('status');
  const rawSort = params.get('sort');
  const sort = rawSort !== null && rawSort in formerSortKeys ? (formerSortKeys[rawSort] ?? null) : rawSort;
  return {
    category: isOneOf(categories, category) ? category : undefined,
    status: isOneOf(statuses, status) ? status : undefined,
    sort: isOneOf(sortKeys, sort) ? sort : defaultView.sort,
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The query string for a view, leaving out defaults so shared links stay short. */
export function catalogueQueryString(view: CatalogueListing): string {
  const params = new URLSearchParams();
  if (view.category) params.set('category', view.category);
  if (view.status) params.set('status', view.status);
  if (view.sort !== defaultView.sort) params.set('sort', view.sort);
  if (view.dir !== 'asc') params.set('dir', view.dir);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The rows the view shows, filtered and sorted (stable: ties keep catalogue order). Retired exams sort after the ones
 * a reader can book (or wait for), whatever the column and direction, except when sorting by status itself.
 */
export function applyCatalogueListing<T extends CatalogueRow>(rows: readonly T[], view: CatalogueListing): T[] {
  const sign = view.dir === 'desc' ? -1 : 1;
  const retiredLast = (row: CatalogueRow) => (view.sort !== 'status' && row.status === 'retired' ? 1 : 0);
  return rows
    .map((row, index) => ({ row, index }))
    .filter(
      ({ row }) => (!view.category || row.category === view.category) && (!view.status || row.status === view.status),
    )
    .sort((a, b) => {
      const apart = retiredLast(a.row) - retiredLast(b.row);
      if (apart !== 0) return apart;
      const x = a.row.values[view.sort];
      const y = b.row.values[view.sort];
      if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.index - b.index;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}
