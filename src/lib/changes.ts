import type { Change, ChangeKind } from '../schemas/change';

export const changeKindLabels: Record<ChangeKind, string> = {
  launched: 'Launched',
  beta: 'Beta',
  'new-version': 'New exam version',
  renamed: 'Renamed',
  retiring: 'Retirement announced',
  retired: 'Retired',
};

/** Changes grouped by year, newest year first, newest change first within a year. */
export function changesByYear(changes: readonly Change[]): { year: string; changes: Change[] }[] {
  const sorted = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  const years = [...new Set(sorted.map((c) => c.date.slice(0, 4)))];
  return years.map((year) => ({ year, changes: sorted.filter((c) => c.date.startsWith(year)) }));
}
