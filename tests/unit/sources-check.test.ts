// The guide-drift check (npm run sources:check) against a fictional exam guide in AWS's page structure, served by a
// local server: tests/fixtures/exam-guides/pages (EWA-C01, "Example Widget Engineer – Associate") and its content in
// tests/fixtures/exam-guides/content. Each test edits what the server sends, the way AWS would edit its pages.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblems } from '../../src/build/content-rules';
import { readContent } from '../../src/build/read-content';
import { checkSources, exitCodeOf } from '../../tools/exam-guides/check';
import type { ContentVersion } from '../../tools/exam-guides/compare';
import { catalogueVersions, versionsToCheck } from '../../tools/exam-guides/content-versions';
import { politeFetcher } from '../../tools/exam-guides/fetch-politely';
import { readUpdateNotice } from '../../tools/exam-guides/guide-page';
import { formatMarkdownReport, formatTextReport, summaryLine } from '../../tools/exam-guides/report';
import { taskTitleHash } from '../../tools/exam-guides/title-hash';

const FIXTURES = path.resolve('tests/fixtures/exam-guides');
const CONTENT = path.join(FIXTURES, 'content');
const FOLDER = '/aws-certification/latest/example-widget-engineer-associate-01';
const MAIN = `${FOLDER}/example-widget-engineer-associate-01.html`;
const DOMAIN = (n: number) => `${FOLDER}/example-widget-engineer-associate-01-domain${n}.html`;
const INDEX = '/aws-certification/latest/examguides/aws-certification-exam-guides.html';
/** A fictional variant of the main page in another structure AWS's guides use (tests/fixtures/exam-guides/variants). */
const VARIANT = (name: string) => path.join(FIXTURES, 'variants', `${name}.html`);
const LAST_MODIFIED = 'Mon, 02 Nov 2026 09:00:00 GMT';

/** What a route answers instead of its fixture page: a status (with headers and a body), or nothing at all. */
type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'never';

/** Serves the fixture pages with ETag and Last-Modified, records every request, and lets a test change a page. */
function fixtureServer() {
  const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  const edits = new Map<string, (html: string) => string>();
  const answers = new Map<string, (count: number) => Answer | undefined>();
  let inFlight = 0;
  let maxInFlight = 0;

  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(body);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fixture');
    requests.push({ path: url.pathname, headers: req.headers });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const count = requests.filter((r) => r.path === url.pathname).length;
    const answer = answers.get(url.pathname)?.(count);
    if (answer === 'never') return;
    if (answer) return send(res, answer.status, answer.body ?? '', answer.headers);
    const file = path.join(FIXTURES, 'pages', url.pathname);
    if (!file.startsWith(path.join(FIXTURES, 'pages')) || !existsSync(file)) return send(res, 404, 'Not found');
    const body = (edits.get(url.pathname) ?? ((html) => html))(readFileSync(file, 'utf8'));
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, 'last-modified': LAST_MODIFIED });
      return res.end();
    }
    send(res, 200, body, { etag, 'last-modified': LAST_MODIFIED });
  });

  return {
    requests,
    maxInFlight: () => maxInFlight,
    origin: '',
    /** Serves the page at `pathname` changed by `change`. */
    edit(pathname: string, change: (html: string) => string) {
      edits.set(pathname, change);
    },
    /** Answers requests for `pathname` (the nth request is `count`) instead of serving the page. */
    answer(pathname: string, answer: Answer | ((count: number) => Answer | undefined)) {
      answers.set(pathname, typeof answer === 'function' ? answer : () => answer);
    },
    reset() {
      requests.length = 0;
      edits.clear();
      answers.clear();
      maxInFlight = 0;
    },
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const server = fixtureServer();
beforeAll(() => server.start());
afterAll(() => server.stop());
afterEach(() => server.reset());

const fixtureCertifications = () => {
  const { input, problems } = readContent(CONTENT);
  expect(problems).toEqual([]);
  return input.certifications;
};

/** Runs the check on the fixture content (or on versions a test changed), waiting for nothing between attempts. */
async function runCheck(options: { versions?: ContentVersion[]; timeoutMs?: number; cacheDir?: string } = {}) {
  const certifications = fixtureCertifications();
  const sleeps: number[] = [];
  const fetchPage = politeFetcher({
    userAgent: 'aws-certification-guide-sources-check/test',
    timeoutMs: options.timeoutMs ?? 5_000,
    backoffMs: 10,
    gapMs: 0,
    cacheDir: options.cacheDir,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  const report = await checkSources({
    versions: options.versions ?? versionsToCheck(certifications),
    catalogue: catalogueVersions(certifications),
    fetchPage,
    baseUrl: server.origin,
    day: '2026-12-07',
  });
  const [version] = report.versions;
  if (!version) throw new Error('the fixture content names no guide');
  return { report, version, sleeps, exitCode: exitCodeOf(report), text: formatTextReport(report) };
}

/** The fixture's EWA-C01 as the check sees it, to change in one test. */
const fixtureVersion = (): ContentVersion => {
  const [version] = versionsToCheck(fixtureCertifications());
  if (!version) throw new Error('the fixture content names no guide');
  return structuredClone(version);
};

describe('the guide-drift check on a fictional exam guide', () => {
  it('reports a clean run as matched and exits 0, reading one page at a time with its User-Agent', async () => {
    const { report, version, exitCode, text } = await runCheck();
    expect(version).toMatchObject({ code: 'EWA-C01', status: 'matches', findings: [], unreadable: [] });
    expect(report.index).toMatchObject({ status: 'checked', listed: 1, newGuides: [] });
    expect(exitCode).toBe(0);
    expect(summaryLine(report)).toBe('1 matched, 0 drifted, 0 could not be checked, 0 new guides');
    expect(text).toContain('MATCHES  Example Widget Engineer – Associate EWA-C01');
    expect(server.requests.map((r) => r.path)).toEqual([MAIN, DOMAIN(1), DOMAIN(2), DOMAIN(3), INDEX]);
    expect(server.maxInFlight()).toBe(1);
    expect(server.requests.every((r) => r.headers['user-agent'] === 'aws-certification-guide-sources-check/test')).toBe(
      true,
    );
  });

  it('reports a changed domain weight as drift, with both values and the page', async () => {
    server.edit(MAIN, (html) =>
      html
        .replace('Configuration (34% of scored content)', 'Configuration (30% of scored content)')
        .replace('Troubleshooting (40% of scored content)', 'Troubleshooting (44% of scored content)'),
    );
    const { version, exitCode, text } = await runCheck();
    expect(version.status).toBe('drift');
    expect(version.findings).toEqual([
      { field: 'domain 1 weight', ours: '34', aws: '30', url: `${server.origin}${MAIN}` },
      { field: 'domain 3 weight', ours: '40', aws: '44', url: `${server.origin}${MAIN}` },
    ]);
    expect(exitCode).toBe(1);
    expect(text).toContain('DRIFT  Example Widget Engineer – Associate EWA-C01');
    expect(text).toContain('  - domain 1 weight: ours 34; AWS 30');
  });

  it('reports an added task statement and quotes it so the maintainer can write it in our own words', async () => {
    server.edit(DOMAIN(2), (html) =>
      html.replace(
        '<awsdocs-copyright',
        '<h2 id="ewa-01-task2.3">Task 2.3: Rotate widget keys on a schedule.</h2>\n<awsdocs-copyright',
      ),
    );
    const { version, exitCode } = await runCheck();
    expect(version.findings).toHaveLength(1);
    expect(version.findings[0]).toMatchObject({
      field: 'domain 2 task statements',
      ours: '2',
      aws: '3',
      url: `${server.origin}${DOMAIN(2)}`,
    });
    expect(version.findings[0]?.note).toContain('Task 2.3: Rotate widget keys on a schedule.');
    expect(exitCode).toBe(1);
  });

  it('reports a changed passing score, and names the disputed readings when the content records a conflict', async () => {
    server.edit(MAIN, (html) => html.replace('minimum passing score is 720', 'minimum passing score is 750'));
    const plain = await runCheck();
    expect(plain.version.findings).toEqual([
      { field: 'passing score', ours: '720', aws: '750', url: `${server.origin}${MAIN}` },
    ]);
    expect(plain.exitCode).toBe(1);

    const disputed = fixtureVersion();
    disputed.conflicts = [
      {
        fact: 'passingScore',
        readings: [
          { value: 720, where: "AWS's exam guide" },
          { value: 700, where: "AWS's exam page" },
        ],
      },
    ];
    const { version } = await runCheck({ versions: [disputed] });
    expect(version.findings[0]?.note).toContain("720 on AWS's exam guide, 700 on AWS's exam page");
  });

  it("reports a reworded task title by its fingerprint and quotes AWS's new title; spacing and case are no change", async () => {
    const reworded = 'Configure widget settings and secrets for each environment.';
    server.edit(DOMAIN(1), (html) =>
      html
        .replace(
          'Task 1.2: Configure widget settings for each environment a widget runs in.</h2>',
          `Task 1.2: ${reworded}</h2>`,
        )
        .replace(
          'Task 1.1: Assemble widgets from standard and custom parts.</h2>',
          'Task 1.1:  ASSEMBLE widgets from standard and custom parts</h2>',
        ),
    );
    const { version } = await runCheck();
    expect(version.findings).toEqual([
      {
        field: 'task 1.2 title',
        ours: 'fingerprint acfd8f80',
        aws: `fingerprint ${taskTitleHash(reworded)}: "${reworded}"`,
        url: `${server.origin}${DOMAIN(1)}`,
        note: expect.stringContaining('guideTitleHash'),
      },
    ]);
  });

  it('lists a guide in the index that our content does not name as a new guide and exits 1', async () => {
    server.edit(INDEX, (html) =>
      html.replace(
        '<h2 id="additional-resources">',
        '<p><a href="../example-widget-engineer-associate-02.html">AWS Certified Example Widget Engineer - Associate (EWA-C02)</a></p>\n' +
          '<p><a href="../example-sprocket-professional-01.html">AWS Certified Example Sprocket - Professional (ESP-C01)</a></p>\n' +
          '<h2 id="additional-resources">',
      ),
    );
    const { report, version, exitCode, text } = await runCheck();
    expect(version.status).toBe('matches');
    expect(report.index.newGuides).toEqual([
      {
        code: 'EWA-C02',
        title: 'AWS Certified Example Widget Engineer - Associate (EWA-C02)',
        url: `${server.origin}/aws-certification/latest/example-widget-engineer-associate-02.html`,
        guide: 'example-widget-engineer-associate-02',
        note: 'our content has EWA-C02 but names no guide for it',
      },
      expect.objectContaining({ code: 'ESP-C01', note: 'our content has no version ESP-C01' }),
    ]);
    expect(exitCode).toBe(1);
    expect(summaryLine(report)).toBe('1 matched, 0 drifted, 0 could not be checked, 2 new guides');
    expect(text).toContain('NEW GUIDE  AWS Certified Example Widget Engineer - Associate (EWA-C02)');
  });

  it('reports a page that answers 404 as could not check, never as drift or all clear, and exits 2', async () => {
    server.answer(DOMAIN(2), { status: 404, body: '<html><body><h1>Page not found</h1></body></html>' });
    const { report, version, exitCode, text } = await runCheck();
    expect(version).toMatchObject({
      status: 'could-not-check',
      findings: [],
      unreadable: [{ url: `${server.origin}${DOMAIN(2)}`, problem: 'not found (HTTP 404 Not Found)' }],
    });
    expect(exitCode).toBe(2);
    expect(summaryLine(report)).toBe('0 matched, 0 drifted, 1 could not be checked, 0 new guides');
    expect(text).toContain('COULD NOT CHECK  Example Widget Engineer – Associate EWA-C01');
    // A 404 is an answer: no second attempt.
    expect(server.requests.filter((r) => r.path === DOMAIN(2))).toHaveLength(1);

    server.answer(MAIN, { status: 404 });
    expect((await runCheck()).version.unreadable).toEqual([
      { url: `${server.origin}${MAIN}`, problem: 'not found (HTTP 404 Not Found)' },
    ]);
  });

  it('gives up on a page that never answers after three timed-out attempts with growing backoff', async () => {
    server.answer(MAIN, 'never');
    const { version, sleeps, exitCode } = await runCheck({ timeoutMs: 150 });
    expect(version).toMatchObject({
      status: 'could-not-check',
      unreadable: [{ url: `${server.origin}${MAIN}`, problem: 'no answer within 150 ms (3 attempts)' }],
    });
    expect(server.requests.filter((r) => r.path === MAIN)).toHaveLength(3);
    expect(sleeps).toEqual([10, 20]);
    expect(exitCode).toBe(2);
  });

  it('retries a 503 after the time Retry-After asks for', async () => {
    server.answer(MAIN, (count) => (count === 1 ? { status: 503, headers: { 'retry-after': '2' } } : undefined));
    const { version, sleeps } = await runCheck();
    expect(version.status).toBe('matches');
    expect(sleeps).toEqual([2_000]);
    expect(server.requests.filter((r) => r.path === MAIN)).toHaveLength(2);
  });

  it('reports malformed HTML as could not check: no article body, or no content outline', async () => {
    server.answer(MAIN, { status: 200, body: '<html><body><div class="error"><p>Something went wrong<div><span>' });
    const broken = await runCheck();
    expect(broken.version).toMatchObject({
      status: 'could-not-check',
      findings: [],
      unreadable: [
        {
          url: `${server.origin}${MAIN}`,
          problem: 'malformed page: the page has no article body (<div id="main-col-body">)',
        },
      ],
    });
    expect(broken.exitCode).toBe(2);

    server.reset();
    server.edit(MAIN, (html) => html.replace('>Content outline</h2>', '>Contents</h2>'));
    server.edit(INDEX, () => '<html><body><p>Temporarily unavailable</p></body></html>');
    const restructured = await runCheck();
    expect(restructured.version.unreadable[0]?.problem).toMatch(/^malformed page: no "Content outline" list/);
    expect(restructured.report.index).toMatchObject({ status: 'could-not-check', newGuides: [] });
    expect(summaryLine(restructured.report)).toBe(
      '0 matched, 0 drifted, 1 could not be checked, 0 new guides; the index of guides could not be checked',
    );
  });

  it('reads question types listed under "Exam content" after a sentence, without a heading of their own', async () => {
    // Some guides have no "Response types" heading: "There are N types of questions on the exam:" then the list, labels
    // not in bold, and the unscored count and the results as paragraphs.
    server.answer(MAIN, { status: 200, body: readFileSync(VARIANT('main-question-types-without-heading'), 'utf8') });
    const { version, exitCode } = await runCheck();
    expect(version).toMatchObject({ status: 'matches', findings: [], unreadable: [] });
    expect(exitCode).toBe(0);

    server.reset();
    server.answer(MAIN, {
      status: 200,
      body: readFileSync(VARIANT('main-question-types-without-heading'), 'utf8').replace(
        '<li class="listitem"><p>Ordering: Three to five steps to put in the right order.</p></li>\n',
        '',
      ),
    });
    expect((await runCheck()).version.findings).toEqual([
      expect.objectContaining({
        field: 'question types',
        ours: 'multiple-choice, multiple-response, ordering',
        aws: 'multiple-choice, multiple-response',
      }),
    ]);
  });

  it('reads a guide that states no question counts, and reports counts our content still records as not stated', async () => {
    // The guide of a new exam may give its question types and passing score but no count of scored questions.
    server.answer(MAIN, { status: 200, body: readFileSync(VARIANT('main-without-question-counts'), 'utf8') });
    const recorded = await runCheck();
    expect(recorded.version.status).toBe('drift');
    expect(recorded.version.findings).toEqual([
      { field: 'scored questions', ours: '50', aws: 'not stated', url: `${server.origin}${MAIN}` },
      { field: 'unscored questions', ours: '15', aws: 'not stated', url: `${server.origin}${MAIN}` },
    ]);

    const uncounted = fixtureVersion();
    delete uncounted.format.questions;
    const { version, exitCode } = await runCheck({ versions: [uncounted] });
    expect(version).toMatchObject({ status: 'matches', findings: [], unreadable: [] });
    expect(exitCode).toBe(0);
  });

  it('sends If-None-Match and If-Modified-Since on a second run and uses the 304, but sees a changed page', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'sources-check-cache-'));
    try {
      await runCheck({ cacheDir });
      expect(server.requests.every((r) => r.headers['if-none-match'] === undefined)).toBe(true);

      server.requests.length = 0;
      const second = await runCheck({ cacheDir });
      expect(second.version.status).toBe('matches');
      expect(server.requests).toHaveLength(5);
      for (const request of server.requests) {
        expect(request.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
        expect(request.headers['if-modified-since']).toBe(LAST_MODIFIED);
      }

      server.edit(MAIN, (html) => html.replace('minimum passing score is 720', 'minimum passing score is 740'));
      const third = await runCheck({ cacheDir });
      expect(third.version.findings).toEqual([expect.objectContaining({ field: 'passing score', aws: '740' })]);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('the Markdown report lists drift, unreadable pages and new guides for the issue body', async () => {
    server.edit(MAIN, (html) => html.replace('The exam includes 15 unscored', 'The exam includes 20 unscored'));
    const { report } = await runCheck();
    const markdown = formatMarkdownReport(report);
    expect(markdown).toContain('**0 matched, 1 drifted, 0 could not be checked, 0 new guides**');
    expect(markdown).toContain('| unscored questions | 15 | 20 |');
  });

  describe('the "this exam is being updated" note', () => {
    it('accepts a last day inside a between range and reports a day outside it', async () => {
      server.edit(MAIN, (html) => html.replace('(EWA-C01) is March 1, 2027', '(EWA-C01) is March 8, 2027'));
      const { version } = await runCheck();
      expect(version.findings).toEqual([
        {
          field: 'EWA-C01 lastDay',
          ours: '28 February or 1 March 2027',
          aws: 'last day 8 March 2027',
          url: `${server.origin}${MAIN}`,
        },
      ]);
    });

    it('asks to record an expected date as confirmed once AWS states it', async () => {
      const expecting = fixtureVersion();
      expecting.versions = expecting.versions.map((v) =>
        v.code === 'EWA-C02'
          ? { ...v, availableFrom: { expected: '2027-03-02', note: 'A forecast by one source.' } }
          : v,
      );
      const { version } = await runCheck({ versions: [expecting] });
      expect(version.findings).toEqual([
        expect.objectContaining({
          field: 'EWA-C02 availableFrom',
          ours: 'expected 2 March 2027',
          aws: 'opens 2 March 2027',
          note: expect.stringContaining('record it as confirmed'),
        }),
      ]);
    });

    it('reports a version the note names that our content does not have', async () => {
      server.edit(MAIN, (html) => html.replaceAll('(EWA-C02)', '(EWA-C03)'));
      const { version } = await runCheck();
      expect(version.findings).toEqual([
        expect.objectContaining({ field: 'version EWA-C03', ours: 'not recorded', aws: 'opens 2 March 2027' }),
      ]);
    });

    it('reads each dated sentence: opening, beta opening and last day', () => {
      const notice = readUpdateNotice(
        'This exam is being updated. Registration for the beta exam for the updated version (EWA-C02) opens ' +
          'January 5, 2027. The updated version (EWA-C02) is available from March 2, 2027. The last day to take the ' +
          'current exam (EWA-C01) is March 1, 2027.',
      );
      expect(notice.statements.map(({ code, kind, day }) => ({ code, kind, day }))).toEqual([
        { code: 'EWA-C02', kind: 'beta-opens', day: '2027-01-05' },
        { code: 'EWA-C02', kind: 'opens', day: '2027-03-02' },
        { code: 'EWA-C01', kind: 'last-day', day: '2027-03-01' },
      ]);
    });
  });
});

describe('npm run sources:check', () => {
  /** Runs the script on the project's Node without blocking this process, which serves the pages. */
  const runCli = (args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['scripts/sources-check.ts', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });

  it('prints the report and exits 0, 1 or 2 as the pages match, drift or cannot be read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sources-check-cli-'));
    const args = ['--content', CONTENT, '--base-url', server.origin, '--gap', '0', '--cache', path.join(dir, 'cache')];
    try {
      const clean = await runCli(args);
      expect(clean.stderr).not.toMatch(/Error/);
      expect(clean.status).toBe(0);
      expect(clean.stdout).toContain('MATCHES  Example Widget Engineer – Associate EWA-C01');
      expect(clean.stdout.trim().split('\n').at(-1)).toBe('1 matched, 0 drifted, 0 could not be checked, 0 new guides');

      server.edit(MAIN, (html) => html.replace('Security (26% of scored content)', 'Security (20% of scored content)'));
      const markdown = path.join(dir, 'report.md');
      const json = path.join(dir, 'report.json');
      const drift = await runCli([...args, '--markdown', markdown, '--json', json]);
      expect(drift.status).toBe(1);
      expect(drift.stdout).toContain('  - domain 2 weight: ours 26; AWS 20');
      expect(readFileSync(markdown, 'utf8')).toContain('| domain 2 weight | 26 | 20 |');
      expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ exitCode: 1, versions: [{ status: 'drift' }] });

      server.reset();
      server.answer(DOMAIN(3), { status: 500 });
      const unreadable = await runCli([...args, '--attempts', '1']);
      expect(unreadable.status).toBe(2);
      expect(unreadable.stdout).toContain(
        `could not check ${server.origin}${DOMAIN(3)}: HTTP 500 Internal Server Error (1 attempt)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads the project's own content without a problem, so the weekly run can start", () => {
    // The script reads the frontmatter as YAML 1.2, where an unquoted fingerprint such as 48e07735 is a number
    // (Infinity): the content must quote it, even where the site's build is more lenient.
    const { problems } = readContent('content');
    expect(formatProblems(problems)).toBe('');
  });

  it('the weekly workflow runs it, caches the pages and keeps one issue with the report', () => {
    const workflow = parse(readFileSync('.github/workflows/sources.yml', 'utf8')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
    };
    expect(workflow.on).toHaveProperty('schedule', [{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toEqual({ contents: 'read', issues: 'write' });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.find((s) => s.uses?.startsWith('actions/cache'))?.with?.['path']).toBe('.cache/sources-check');
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run sources:check -- --markdown report.md');
    expect(runs).toMatch(/gh issue create[^\n]*--label "\$LABEL"/);
    expect(runs).toContain('gh issue close');
  });
});
