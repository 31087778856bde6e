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

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as the first day it can mean (feeds need a full date). */
export function firstDayOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}

/** The changes as feed items, newest first, each linking to its entry on /changes/. */
export function changeFeedItems(changes: readonly Change[], certs: ReadonlyMap<string, { shortName: string }>) {
  return [...changes]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((change) => ({
      title: `${certs.get(change.certification)?.shortName ?? change.certification}: ${changeKindLabels[change.kind].toLowerCase()}`,
      description: change.unverified ? `${change.summary} (Date unverified.)` : change.summary,
      pubDate: firstDayOf(change.date),
      link: `/changes/#${change.id}`,
    }));
}
