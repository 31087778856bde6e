// Builds once, then writes reports/performance.{md,json}: build time, pages, Pagefind index size, gzipped
// bytes per page type, and Lighthouse scores (mobile and desktop) for key pages, in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../tools/chromium.ts';
import { packageCommand } from '../tools/package-bin.ts';
import { kb, measureDist } from '../tools/measure.ts';
import { serveDist } from './lib/serve.ts';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run bench\nBuilds the site, measures it and runs Lighthouse; writes reports/performance.md and .json.',
  );
  process.exit(0);
}

const pages = [
  ['home', '/'],
  ['catalogue', '/certifications/'],
  ['certification', '/certifications/solutions-architect-associate/'],
  ['compare', '/compare/?c=solutions-architect-associate,developer-associate,cloudops-engineer-associate'],
  ['search', '/search/?q=dynamodb'],
] as const;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

console.log('--- building');
const started = performance.now();
const build = spawnSync(...packageCommand('astro', ['build']), {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
const buildSeconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);
const site = measureDist('dist');

console.log('--- Lighthouse');
// Lighthouse is a benchmark-only tool (package.json "benchDependencies"), installed by scripts/bench-tools.ts; its
// module names are variables so type checks pass on a default install without it.
type Lighthouse = (
  url: string,
  flags: object,
  config?: object,
) => Promise<{ lhr: { categories: Record<string, { score: number | null } | undefined> } } | undefined>;
const lighthouseModule = 'lighthouse';
const desktopConfigModule = 'lighthouse/core/config/desktop-config.js';
const lighthouse = ((await import(lighthouseModule)) as { default: Lighthouse }).default;
const desktopConfig = ((await import(desktopConfigModule)) as { default: object }).default;
const server = await serveDist();
const port = 9410;
const browser = await chromium.launch({
  ...CHROMIUM_LAUNCH,
  args: [...CHROMIUM_LAUNCH.args, `--remote-debugging-port=${port}`],
});
const scores: { page: string; path: string; form: 'mobile' | 'desktop'; scores: Record<string, number> }[] = [];
try {
  for (const [page, urlPath] of pages) {
    for (const form of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(
        `${server.origin}${urlPath}`,
        { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
        form === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = result?.lhr;
      const entry = Object.fromEntries(categories.map((c) => [c, Math.round((lhr?.categories[c]?.score ?? 0) * 100)]));
      scores.push({ page, path: urlPath, form, scores: entry });
      console.log(`    ${page} (${form}): ${categories.map((c) => `${c} ${entry[c]}`).join(', ')}`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const report = { generatedAt: new Date().toISOString(), buildSeconds, site, lighthouse: scores };
const lines = [
  '# Performance report',
  '',
  `Generated ${report.generatedAt} by \`npm run bench\` (2 cores; timings are noisy, byte counts are exact).`,
  '',
  `- Build (astro build, sitemap and Pagefind index): **${buildSeconds.toFixed(1)} s**`,
  `- Pages: **${site.pages}**`,
  `- Pagefind index: **${kb(site.pagefindBytes)}** on disk (the browser downloads only the chunks a search needs)`,
  '',
  '## Gzipped HTML (with its inline CSS) per page type',
  '',
  '| page type | pages | median | max | heaviest |',
  '| --- | ---: | ---: | ---: | --- |',
  ...Object.entries(site.byType).map(
    ([type, t]) => `| ${type} | ${t.count} | ${kb(t.medianGzipBytes)} | ${kb(t.maxGzipBytes)} | ${t.maxPath} |`,
  ),
  '',
  '## Lighthouse (Debian Chromium, simulated throttling)',
  '',
  '| page | form factor | performance | accessibility | best practices | SEO |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...scores.map((s) => `| ${s.page} | ${s.form} | ${categories.map((c) => s.scores[c]).join(' | ')} |`),
  '',
];
mkdirSync('reports', { recursive: true });
writeFileSync('reports/performance.md', lines.join('\n'));
writeFileSync('reports/performance.json', JSON.stringify(report, null, 2));
console.log(lines.join('\n'));
