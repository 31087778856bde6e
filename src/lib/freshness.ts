/** How old a lastVerified date may get before the build warns. */
export const FRESHNESS_BUDGET_DAYS = 180;

const DAY_MS = 86_400_000;

/** Whole days from `from` ('YYYY-MM-DD') to `to`. */
export function daysBetween(from: string, to: Date): number {
  return Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Entries whose lastVerified date is older than the budget, oldest first. */
export function staleEntries<T extends { slug: string; lastVerified: string }>(
  entries: readonly T[],
  today: Date,
  budgetDays = FRESHNESS_BUDGET_DAYS,
): { slug: string; lastVerified: string; ageDays: number }[] {
  return entries
    .map((e) => ({ slug: e.slug, lastVerified: e.lastVerified, ageDays: daysBetween(e.lastVerified, today) }))
    .filter((e) => e.ageDays > budgetDays)
    .sort((a, b) => b.ageDays - a.ageDays);
}

/** The most recent lastVerified date among the entries, if any. */
export function latestVerification(entries: readonly { lastVerified: string }[]): string | undefined {
  return entries.reduce<string | undefined>(
    (latest, e) => (!latest || e.lastVerified > latest ? e.lastVerified : latest),
    undefined,
  );
}
