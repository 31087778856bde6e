import { statuses, tiers, type Status, type Tier } from '../schemas/enums';

/** Columns the catalogue table can be sorted by. */
export const sortKeys = ['name', 'code', 'tier', 'status', 'minutes', 'questions', 'price', 'passingScore'] as const;
export type SortKey = (typeof sortKeys)[number];

/** The reader's view of the catalogue table, as kept in the URL (?tier=associate&sort=price). */
export interface CatalogueView {
  tier?: Tier | undefined;
  status?: Status | undefined;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export const defaultView: CatalogueView = { sort: 'tier', dir: 'asc' };

/** One table row's sortable values (strings sort alphabetically, numbers numerically). */
export interface CatalogueRow {
  slug: string;
  tier: Tier;
  status: Status;
  values: Record<SortKey, string | number>;
}

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

/** Reads the view from a query string; unknown or hostile values fall back to the default, never throw. */
export function parseCatalogueQuery(search: string | URLSearchParams): CatalogueView {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const tier = params.get('tier');
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    tier: isOneOf(tiers, tier) ? tier : undefined,
    status: isOneOf(statuses, status) ? status : undefined,
    sort: isOneOf(sortKeys, sort) ? sort : defaultView.sort,
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The query string for a view, leaving out defaults so shared links stay short. */
export function catalogueQueryString(view: CatalogueView): string {
  const params = new URLSearchParams();
  if (view.tier) params.set('tier', view.tier);
  if (view.status) params.set('status', view.status);
  if (view.sort !== defaultView.sort) params.set('sort', view.sort);
  if (view.dir !== 'asc') params.set('dir', view.dir);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The rows the view shows, filtered and sorted (stable: ties keep catalogue order). */
export function applyCatalogueView<T extends CatalogueRow>(rows: readonly T[], view: CatalogueView): T[] {
  const sign = view.dir === 'desc' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => (!view.tier || row.tier === view.tier) && (!view.status || row.status === view.status))
    .sort((a, b) => {
      const x = a.row.values[view.sort];
      const y = b.row.values[view.sort];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return sign * order || a.index - b.index;
    })
    .map(({ row }) => row);
}
