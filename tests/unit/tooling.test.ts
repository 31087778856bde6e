import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCatalogue, formatProblems, parseEntry } from '../../src/build/content-rules';
import { deployCommands, invalidationPaths } from '../../src/build/deploy-plan';
import { parseFrontmatter } from '../../src/build/frontmatter';
import { inlinePreloadHelper } from '../../src/build/lean-dynamic-imports';
import { cloudFrontResponseHeadersPolicy, renderHeadersFile } from '../../src/build/security-headers';
import { themeBootScript } from '../../src/lib/site/theme';
import { epochOfDay } from '../../src/build/build-date';
import { certificationSchema } from '../../src/schemas/certification';
import { findChromium, NO_BROWSER_MESSAGE } from '../../tools/chromium';
import { findJava, NO_JAVA_MESSAGE } from '../../tools/html-validator';

/** Runs one of the project's scripts on the project's Node. */
const runScript = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

type Workflow = {
  on: unknown;
  jobs: Record<string, { steps: { uses?: string; run?: string; with?: Record<string, string> }[] }>;
};
const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;

describe('GitHub Actions workflows', () => {
  it('CI runs the README test command on pull requests, on the Node of .nvmrc, with apt Chromium', () => {
    const ci = workflow('ci.yml');
    expect(ci.on).toHaveProperty('pull_request');
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(steps.some((s) => s.run === 'npm ci && npm test')).toBe(true);
    expect(steps.some((s) => /apt-get install[^\n]*chromium/.test(s.run ?? ''))).toBe(true);
    expect(steps.some((s) => /playwright install/.test(s.run ?? ''))).toBe(false);
  });

  it('CI also runs weekly, as of today and as of weeks ahead, so a date-dependent failure shows before a pull request', () => {
    const ci = workflow('ci.yml');
    expect(ci.on).toHaveProperty('schedule', [{ cron: expect.stringMatching(/^\d+ \d+ \* \* [0-6]$/) }]);
    const job = Object.values(ci.jobs)[0] as Workflow['jobs'][string] & {
      strategy?: { matrix?: Record<string, string> };
    };
    expect(job.strategy?.matrix?.['days-ahead']).toMatch(/schedule/);
    const ahead = job.steps.find((s) => s.run?.includes('SOURCE_DATE_EPOCH'));
    expect(ahead?.run).toMatch(/>> "\$GITHUB_ENV"$/);
    expect(job.steps.indexOf(ahead!)).toBeLessThan(job.steps.findIndex((s) => s.run === 'npm ci && npm test'));
  });

  it('the deploy workflow builds main and publishes with the official Pages actions', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on).toHaveProperty('push.branches', ['main']);
    const uses = Object.values(deploy.jobs).flatMap((job) => job.steps.map((s) => s.uses ?? s.run ?? ''));
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']) {
      expect(uses.some((u) => u.startsWith(action))).toBe(true);
    }
    // Under the folder Pages serves from: "/" for a user site, "/<repo>/" for a project site (docs/deploy.md).
    expect(uses).toContain('npm ci && npm run build -- --base "${{ steps.pages.outputs.base_path }}/"');
  });

  it('the deploy workflow also runs every day, so statuses flip on the day, and reports what needs a person', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.on).toHaveProperty('schedule', [{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    // In a job of its own that can fail the run (and so notify) without stopping the deploy.
    const [name, job] = Object.entries(deploy.jobs).find(([, j]) =>
      j.steps.some((s) => s.run === 'npm run freshness -- --strict'),
    ) ?? ['', undefined];
    expect(job).toBeDefined();
    expect(job?.steps.some((s) => 'continue-on-error' in s)).toBe(false);
    expect(Object.values(deploy.jobs).some((j) => (j as { needs?: string }).needs === name)).toBe(false);
    expect(job?.steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact'))).toBe(false);
  });

  it('README gives exactly the two newcomer commands and links the docs', () => {
    const readme = readFileSync('README.md', 'utf8');
    const commands = [...readme.matchAll(/```sh\n(npm ci && npm \w+)\n```/g)].map((m) => m[1]);
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    for (const link of ['docs/deploy.md', 'CONTRIBUTING.md']) expect(readme).toContain(`](${link})`);
  });
});

describe('a lean install', () => {
  it('npm ci installs no benchmark-only tool; npm run bench installs Lighthouse itself, pinned', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, unknown> };
    const heavy = Object.keys(lock.packages).filter((p) =>
      /node_modules\/(lighthouse|puppeteer[^/]*|chrome-launcher)$/.test(p),
    );
    expect(heavy).toEqual([]);
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
      benchDependencies: Record<string, string>;
    };
    expect(manifest.benchDependencies['lighthouse']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.scripts['bench']).toMatch(/^node scripts\/bench-tools\.ts && /);
  });
});

describe('finding a browser for the end-to-end tests', () => {
  it('uses CHROMIUM_PATH when it exists, and only it when it is set', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toBeUndefined();
  });

  it('npm test stops before any slow step when there is no browser, naming the three ways to get one', () => {
    const run = runScript('scripts/run-tests.mjs', [], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(NO_BROWSER_MESSAGE);
    for (const way of ['CHROMIUM_PATH=', 'apt-get install chromium-headless-shell', 'npx playwright install chromium'])
      expect(run.stderr).toContain(way);
    // Nothing slow ran: no step header, and the summary line is the last line.
    expect(run.stdout).not.toContain('--- ');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });
});

describe('finding Java for the HTML checker', () => {
  it('npm test stops before any slow step when there is no Java, naming the ways to get one', () => {
    const run = runScript('scripts/run-tests.mjs', [], { PATH: '/nonexistent', JAVA_HOME: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(NO_JAVA_MESSAGE);
    expect(run.stdout).not.toContain('--- ');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
    expect(findJava({ JAVA_HOME: '/nonexistent', PATH: '/nonexistent' })).toBeUndefined();
  });
});

describe('stylesheets', () => {
  it('each declares the layer order before its first layer, whichever one a page loads first', () => {
    const order = '@layer reset, tokens, base, layout, components, utilities;';
    const files = readdirSync('src/styles').filter((f) => f.endsWith('.css'));
    const late = files.filter((file) => {
      const css = readFileSync(path.join('src/styles', file), 'utf8');
      const firstLayer = css.search(/@layer\s+[\w-]+\s*\{/);
      return firstLayer >= 0 && !(css.includes(order) && css.indexOf(order) < firstLayer);
    });
    expect(late).toEqual([]);
  });
});

describe('security headers', () => {
  it('public/_headers and the CloudFront policy are generated from src/build/security-headers.ts (npm run headers)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(renderHeadersFile());
    expect(JSON.parse(readFileSync('deploy/cloudfront-response-headers-policy.json', 'utf8'))).toEqual(
      cloudFrontResponseHeadersPolicy(),
    );
  });

  it('allow the theme script by its hash and nothing else inline', () => {
    // The hash is computed here, the way a browser does, not taken from the code that writes the header.
    const hash = `'sha256-${createHash('sha256').update(themeBootScript).digest('base64')}'`;
    const file = readFileSync('public/_headers', 'utf8');
    expect(file).toMatch(new RegExp(`Content-Security-Policy: [^\\n]*script-src 'self' ${RegExp.escape(hash)}`));
    expect(file).toContain("default-src 'self'");
    expect(file).not.toMatch(/script-src[^;\n]*unsafe-inline/);
  });
});

describe('npm run freshness', () => {
  const fixtures = path.resolve('tests/fixtures/catalogue');
  const freshness = (day: string, args: string[] = []) =>
    runScript('scripts/freshness.ts', args, { CONTENT_DIR: fixtures, SOURCE_DATE_EPOCH: epochOfDay(day) });

  it('lists each certification with its status and newest evidence, and what needs a person on that day', () => {
    const fresh = freshness('2026-11-30', ['--strict']);
    expect(fresh.status).toBe(0);
    expect(fresh.stdout).toMatch(/alpha\s+active\s+newest evidence 2026-11-01/);
    expect(fresh.stdout).toContain('Nothing needs a person.');
    const later = freshness('2027-06-30', ['--strict']);
    expect(later.status).toBe(1);
    expect(later.stdout).toContain('alpha: the newest evidence is from 1 November 2026, 241 days ago (more than 180)');
  });

  it('reports without failing unless --strict, and stops on content that does not validate', () => {
    expect(freshness('2027-06-30').status).toBe(0);
    const broken = runScript('scripts/freshness.ts', [], { CONTENT_DIR: path.resolve('tests/fixtures/nowhere') });
    expect(broken.status).toBe(0);
    expect(broken.stdout).toContain('0 certifications');
  });
});

describe('npm run new:cert', () => {
  it('scaffolds every field with TODO markers that the checks reject, naming each field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'new-cert-'));
    const result = runScript('scripts/new-cert.ts', ['example-associate'], { CERTIFICATIONS_DIR: dir });
    expect(result.status).toBe(0);
    const file = path.join(dir, 'example-associate.mdx');
    const data = parseFrontmatter(readFileSync(file, 'utf8'));
    const parsed = parseEntry(certificationSchema, file, data);
    expect(parsed.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'category',
        'versions.0.code',
        'versions.0.format.minutes',
        'versions.0.format.priceUsd',
      ]),
    );
    // With the numbers, codes, dates and enums filled, the TODO text still fails the checks.
    const filled = readFileSync(file, 'utf8')
      .replace('code: TODO-C01', 'code: EXA-C01')
      .replace(/category: TODO.*/, 'category: associate')
      .replace(/: TODO$/gm, ': 100')
      .replace(/scored: TODO, unscored: TODO/, 'scored: 50, unscored: 15')
      .replace('passingScore: 100', 'passingScore: 720')
      .replace(/announced: .*/, "announced: '2026-01'")
      .replace(/availableFrom: .*/, "availableFrom: '2026-03'")
      .replace(/asOf: .*/g, "asOf: '2026-03-01'");
    writeFileSync(file, filled);
    const again = parseEntry(certificationSchema, file, parseFrontmatter(filled));
    expect(formatProblems(again.problems)).toBe('');
    const todo = checkCatalogue({
      certifications: again.data ? [{ slug: 'example-associate', file, data: again.data }] : [],
      services: [],
      roles: [],
    });
    expect(todo.map((p) => p.field)).toEqual(
      expect.arrayContaining(['title', 'shortName', 'description', 'focus', 'recommendedExperience']),
    );
    expect(todo[0]?.message).toContain('TODO placeholder');
  });

  it('refuses a bad slug and an existing file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'new-cert-'));
    expect(runScript('scripts/new-cert.ts', ['Not A Slug'], { CERTIFICATIONS_DIR: dir }).status).toBe(2);
    expect(runScript('scripts/new-cert.ts', ['twice'], { CERTIFICATIONS_DIR: dir }).status).toBe(0);
    expect(runScript('scripts/new-cert.ts', ['twice'], { CERTIFICATIONS_DIR: dir }).status).toBe(1);
  });
});

describe('npm run deploy:s3', () => {
  const files = [
    'index.html',
    '404.html',
    '_astro/site.abc123.js',
    'pagefind/pagefind.js',
    'pagefind/fragment/en_1.pf_fragment',
    'certifications/x/index.html',
    'data/certifications.json',
    'certifications',
  ];

  it('caches hashed assets for a year and HTML, data and Pagefind entry files briefly', () => {
    const commands = deployCommands(files, { bucket: 'guide', distributionId: 'E1' }).map((c) => c.join(' '));
    const year = 'public, max-age=31536000, immutable';
    const revalidate = 'public, max-age=0, must-revalidate';
    expect(commands[0]).toBe(`aws s3 sync dist/_astro s3://guide/_astro --cache-control ${year}`);
    expect(commands.find((c) => c.includes('--include pagefind-entry.json'))).toContain(revalidate);
    expect(commands.find((c) => c.includes('--delete'))).toContain(revalidate);
    expect(commands.at(-1)).toMatch(/^aws cloudfront create-invalidation --distribution-id E1 --paths /);
  });

  it('invalidates HTML paths, never the immutable assets', () => {
    const paths = invalidationPaths(files);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/index.html',
        '/404.html',
        '/certifications/*',
        '/data/*',
        '/pagefind/pagefind-entry.json',
      ]),
    );
    expect(paths.some((p) => p.startsWith('/_astro'))).toBe(false);
    expect(paths).not.toContain('/certifications');
  });

  it('prints what it would do with --dry-run, needs a bucket, and needs a build', () => {
    // A tiny build in its own folder, so the test does not depend on whether dist/ exists yet.
    const site = mkdtempSync(path.join(tmpdir(), 'deploy-'));
    mkdirSync(path.join(site, 'dist/certifications/x'), { recursive: true });
    writeFileSync(path.join(site, 'dist/index.html'), '<!doctype html>');
    writeFileSync(path.join(site, 'dist/certifications/x/index.html'), '<!doctype html>');
    const script = path.resolve('scripts/deploy-s3.ts');
    const run = (cwd: string, args: string[]) =>
      spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });
    const dry = run(site, ['--bucket', 'guide', '--distribution', 'E1', '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('aws s3 sync dist s3://guide');
    expect(dry.stdout).toContain("'/certifications/*'");
    expect(run(site, ['--dry-run']).status).toBe(2);
    const empty = mkdtempSync(path.join(tmpdir(), 'deploy-'));
    const noBuild = run(empty, ['--bucket', 'guide', '--dry-run']);
    expect(noBuild.status).toBe(2);
    expect(noBuild.stderr).toContain('npm run build');
  });
});

describe('the lean dynamic-import helper (src/build/lean-dynamic-imports.ts)', () => {
  it('unwraps each call of Vite’s preload helper to its loader, and drops the import', () => {
    const chunk =
      'import{t as e}from"./preload-helper.DygEbaNj.js";let i=()=>e(()=>import(`./x.js`).then(e=>e.t),[]),j=e=>e(1);';
    const code = inlinePreloadHelper(chunk, '_astro/preload-helper.DygEbaNj.js');
    // The `e` of `j` is a parameter of its own, not the helper: it stays as it was.
    expect(code).toBe('let i=()=>(import(`./x.js`).then(e=>e.t)),j=e=>e(1);');
  });

  it('keeps a stand-in that just calls the loader for a call of another shape', () => {
    const chunk = 'import{t as e,u as f}from"./preload-helper.A.js";f(()=>import(`./y.js`),[],import.meta.url);';
    expect(inlinePreloadHelper(chunk, 'preload-helper.A.js')).toBe(
      'const e=(l)=>l();const f=(l)=>l();f(()=>import(`./y.js`),[],import.meta.url);',
    );
    // An async loader with a body (a default export picked out) is not an expression to unwrap.
    const block =
      'import{t as e}from"./preload-helper.A.js";e(async()=>{let{default:d}=await import(`./z.js`);return{default:d}},[]);';
    expect(inlinePreloadHelper(block, 'preload-helper.A.js')).toBe(block.replace(/^import[^;]*;/, 'const e=(l)=>l();'));
  });

  it('gives up (and the build fails) on an import it does not recognise', () => {
    expect(inlinePreloadHelper('import*as e from"./preload-helper.A.js";', 'preload-helper.A.js')).toBeUndefined();
    expect(inlinePreloadHelper('let x=1;', 'preload-helper.A.js')).toBeUndefined();
  });
});
