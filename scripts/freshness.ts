// Lists what needs a person in the content on a day: ended betas without a standard date, forecasts that have
// passed, versions with no dates, a newest version ending with nothing after it, and evidence older than 180 days.
import { buildDay } from '../src/build/build-date.ts';
import { resolveCertification } from '../src/lib/catalogue/catalogue.ts';
import { formatProblems } from '../src/build/content-rules/index.ts';
import { FRESHNESS_BUDGET_DAYS, formatFreshnessIssues, freshnessIssues } from '../src/lib/catalogue/freshness.ts';
import { readContent } from '../src/build/read-content.ts';

if (process.argv.includes('--help')) {
  console.log(`Usage: npm run freshness [-- --strict]
Lists what needs a person in content/ on the build day (SOURCE_DATE_EPOCH sets another day):
  - a beta that ended with no standard-exam date, or a forecast date that has passed;
  - a version with no dates, or an announced version with no beta or standard date;
  - a newest version that ends with no newer version or retirement recorded;
  - a current certification whose newest dated evidence is older than ${FRESHNESS_BUDGET_DAYS} days.
With --strict, exits 1 when anything is listed (the scheduled deploy runs it so a person hears first).`);
  process.exit(0);
}
const strict = process.argv.includes('--strict');
const today = buildDay();
const { input, problems } = readContent(process.env['CONTENT_DIR'] ?? 'content');
if (problems.length > 0) {
  console.error(`The content does not validate:\n${formatProblems(problems)}`);
  process.exit(2);
}
const certs = input.certifications.map((c) => {
  const cert = resolveCertification(c.slug, c.data, today);
  return { slug: c.slug, data: c.data, status: cert.status, lastVerified: cert.lastVerified };
});
const issues = formatFreshnessIssues(freshnessIssues(certs, today));
console.log(`Content on ${today}: ${certs.length} certifications.`);
const width = Math.max(...certs.map((c) => c.slug.length));
for (const cert of certs) {
  console.log(
    `  ${cert.slug.padEnd(width)}  ${cert.status.padEnd(8)}  newest evidence ${cert.lastVerified ?? 'none dated'}`,
  );
}
if (issues.length === 0) {
  console.log('\nNothing needs a person.');
} else {
  console.log(`\n${issues.length} thing(s) need a person:\n${issues.map((i) => `  ${i}`).join('\n')}`);
}
process.exitCode = strict && issues.length > 0 ? 1 : 0;
