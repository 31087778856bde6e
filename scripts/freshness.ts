// Prints every certification by lastVerified age with its unverified facts; exits 1 past --max-age days.
import { readCertificationFiles } from '../src/lib/frontmatter.ts';
import { daysBetween, FRESHNESS_BUDGET_DAYS } from '../src/lib/freshness.ts';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run freshness [-- --max-age DAYS]
Lists certifications by how long ago their facts were verified (oldest first) and their unverified facts.
Exits 1 when any entry is older than --max-age days (default ${FRESHNESS_BUDGET_DAYS}).`);
  process.exit(0);
}
const flag = process.argv.indexOf('--max-age');
const maxAge = flag >= 0 ? Number(process.argv[flag + 1]) : FRESHNESS_BUDGET_DAYS;
if (!Number.isFinite(maxAge) || maxAge < 0) {
  console.error('--max-age takes a number of days, e.g. --max-age 90');
  process.exit(2);
}
const dir = process.env['CERTIFICATIONS_DIR'] ?? 'content/certifications';
const today = new Date();
const rows = readCertificationFiles(dir)
  .map(({ slug, data }) => {
    const entry = data as { lastVerified?: unknown; unverified?: { fact?: unknown }[] } | null;
    const lastVerified = String(entry?.lastVerified ?? '');
    return {
      slug,
      lastVerified,
      age: /^\d{4}-\d{2}-\d{2}$/.test(lastVerified) ? daysBetween(lastVerified, today) : Number.POSITIVE_INFINITY,
      unverified: (entry?.unverified ?? []).map((u) => String(u.fact)),
    };
  })
  .sort((a, b) => b.age - a.age);

const width = Math.max(...rows.map((r) => r.slug.length), 'certification'.length);
console.log(`${'certification'.padEnd(width)}  last verified  age (days)  unverified facts`);
for (const r of rows) {
  const flagged = r.age > maxAge ? '  ← stale' : '';
  console.log(
    `${r.slug.padEnd(width)}  ${r.lastVerified.padEnd(13)}  ${String(r.age).padStart(10)}  ${r.unverified.join(', ') || '–'}${flagged}`,
  );
}
const stale = rows.filter((r) => r.age > maxAge);
console.log(`\n${rows.length} certifications; ${stale.length} older than ${maxAge} days.`);
process.exitCode = stale.length > 0 ? 1 : 0;
