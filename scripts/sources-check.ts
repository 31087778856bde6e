// The guide-drift check (issue #24): compares every exam version whose content names an AWS exam guide with that
// guide's pages, and lists guides in AWS's index that our content does not know. Exit code: 0 all clear, 1 drift or a
// new guide, 2 nothing drifted but something could not be checked (or the content or the flags are invalid).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDay } from '../src/build/build-date.ts';
import { formatProblems } from '../src/build/content-rules/index.ts';
import { readContent } from '../src/build/read-content.ts';
import { AWS_DOCS_ORIGIN, checkSources, exitCodeOf } from '../tools/exam-guides/check.ts';
import { catalogueVersions, versionsToCheck } from '../tools/exam-guides/content-versions.ts';
import { politeFetcher, sourcesCheckUserAgent } from '../tools/exam-guides/fetch-politely.ts';
import { formatMarkdownReport, formatTextReport } from '../tools/exam-guides/report.ts';

const usage = `Usage: npm run sources:check [-- options]
Reads the AWS exam guide of every exam version whose content names one (guide.url) and its domain pages, one page at
a time, and compares question types, scored and unscored counts, passing score, domains, weights, task statements
(count, numbering, guideTitleHash) and any "this exam is being updated" note with the content. Then reads AWS's index
of exam guides and lists any guide our content does not name.

Options:
  --only <code>      check one exam version (e.g. DVA-C02); the index is then not read
  --json <file>      also write the report as JSON
  --markdown <file>  also write the report as Markdown (the weekly workflow's issue body)
  --cache <dir>      where ETags and pages are kept between runs (default .cache/sources-check)
  --timeout <ms>     time allowed for one request (default 20000)
  --attempts <n>     attempts per page on network errors, 5xx and 429 (default 3)
  --gap <ms>         pause between requests (default 500)
  --base-url <url>   read the pages from here instead of ${AWS_DOCS_ORIGIN} (for tests)
  --content <dir>    the content folder (default content, or CONTENT_DIR)
  --help             this text

Exit code: 0 every version checked and matched, no new guide; 1 drift or a new guide; 2 nothing drifted but a page
could not be checked (not found, timed out, unreachable or without the expected structure), or invalid content.`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const positive = (value: string | undefined, flag: string, fallback: number): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fail(`--${flag} expects a whole number, found ${JSON.stringify(value)}`);
};

let values;
try {
  ({ values } = parseArgs({
    options: {
      help: { type: 'boolean' },
      only: { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      cache: { type: 'string', default: '.cache/sources-check' },
      timeout: { type: 'string' },
      attempts: { type: 'string' },
      gap: { type: 'string' },
      'base-url': { type: 'string', default: AWS_DOCS_ORIGIN },
      content: { type: 'string', default: process.env['CONTENT_DIR'] ?? 'content' },
    },
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}

const { input, problems } = readContent(values.content);
if (problems.length > 0) fail(`The content does not validate:\n${formatProblems(problems)}`);
const only = values.only?.toUpperCase();
const versions = versionsToCheck(input.certifications).filter((v) => !only || v.code === only);
if (only && versions.length === 0) fail(`No exam version ${only} in ${values.content} names an exam guide.`);

const fetchPage = politeFetcher({
  userAgent: sourcesCheckUserAgent(),
  timeoutMs: positive(values.timeout, 'timeout', 20_000),
  attempts: Math.max(1, positive(values.attempts, 'attempts', 3)),
  gapMs: positive(values.gap, 'gap', 500),
  cacheDir: values.cache,
});
console.error(
  `Reading the guides of ${versions.length} exam version(s) from ${values['base-url']}, one page at a time…`,
);
const report = await checkSources({
  versions,
  catalogue: catalogueVersions(input.certifications),
  fetchPage,
  baseUrl: values['base-url'],
  checkIndex: !only,
  day: buildDay(),
});

const exitCode = exitCodeOf(report);
console.log(formatTextReport(report));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, text);
};
if (values.json) write(values.json, `${JSON.stringify({ ...report, exitCode }, null, 2)}\n`);
if (values.markdown) write(values.markdown, formatMarkdownReport(report));
process.exitCode = exitCode;
