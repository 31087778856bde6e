// Builds generated catalogues of 16, 160 and 1,600 certifications in temporary folders and reports build
// time, index size and bytes per page for each, with growth ratios. Writes reports/scale.{md,json}.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { kb, measureDist, type SiteMeasurements } from '../tools/measure.ts';
import { packageCommand } from '../tools/package-bin.ts';
import { syntheticProject } from '../tools/synthetic.ts';
import { PAGE_SIZE, PER_CATEGORY_LIMIT } from '../src/lib/site/pagination.ts';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run bench:scale [-- 16 160 1600]\nBuilds synthetic catalogues of each size and writes reports/scale.md and reports/scale.json.',
  );
  process.exit(0);
}
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n >= 16);
const targets = sizes.length > 0 ? sizes : [16, 160, 1600];

const results: { size: number; buildSeconds: number; site: SiteMeasurements }[] = [];
for (const size of targets) {
  const dir = syntheticProject(size);
  console.log(`--- building ${size} certifications in ${dir}`);
  const started = performance.now();
  const build = spawnSync(...packageCommand('astro', ['build']), {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    const noise = /MODULE_LEVEL_DIRECTIVE|use astro:head-inject|rolldown|[│╭╰─]/;
    const lines = `${build.stdout}\n${build.stderr}`.split('\n').filter((l) => l.trim() && !noise.test(l));
    console.error(`the build of ${size} certifications failed (left in ${dir}):\n${lines.slice(-40).join('\n')}`);
    process.exit(1);
  }
  results.push({ size, buildSeconds, site: measureDist(path.join(dir, 'dist')) });
  console.log(`    ${buildSeconds.toFixed(1)} s, ${results.at(-1)?.site.pages} pages`);
  rmSync(dir, { recursive: true, force: true });
}

const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const types = [...new Set(results.flatMap((r) => Object.keys(r.site.byType)))];
// Growth over the last step, where every list is past its page size or tier limit.
const [first, last] = [results.at(-2) ?? results[0], results.at(-1)];
const lines = [
  '# Scaling benchmark',
  '',
  `Generated ${new Date().toISOString()} by \`npm run bench:scale\` on ${process.platform} (${process.arch}). Synthetic entries are copies of real ones with new slugs and codes.`,
  '',
  '| certifications | build (s) | pages | Pagefind index | certification page (median, gzip) | catalogue table page (gzip) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.size} | ${r.buildSeconds.toFixed(1)} | ${r.site.pages} | ${kb(r.site.pagefindBytes)} | ${kb(r.site.byType['certification']?.medianGzipBytes ?? 0)} | ${kb(r.site.byType['certifications index']?.maxGzipBytes ?? 0)} |`,
  ),
  '',
  '## Growth between sizes',
  '',
  '| from → to | entries × | build time × | pages × | index size × |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...results.slice(1).map((r, i) => {
    const p = results[i];
    return p
      ? `| ${p.size} → ${r.size} | ${ratio(r.size, p.size)} | ${ratio(r.buildSeconds, p.buildSeconds)} | ${ratio(r.site.pages, p.site.pages)} | ${ratio(r.site.pagefindBytes, p.site.pagefindBytes)} |`
      : '';
  }),
  '',
  '## Heaviest page of each type (gzipped HTML)',
  '',
  `Lists page at ${PAGE_SIZE} certifications and overviews stop at ${PER_CATEGORY_LIMIT} a tier, so no page type should grow once the catalogue passes those sizes.`,
  '',
  `| page type | ${results.map((r) => `${r.size}`).join(' | ')} | ${last?.size ?? ''} ÷ ${first?.size ?? ''} |`,
  `| --- | ${results.map(() => '---:').join(' | ')} | ---: |`,
  ...types.map(
    (t) =>
      `| ${t} | ${results.map((r) => (r.site.byType[t] ? kb(r.site.byType[t].maxGzipBytes) : '–')).join(' | ')} | ${ratio(last?.site.byType[t]?.maxGzipBytes ?? 0, first?.site.byType[t]?.maxGzipBytes ?? 0)} |`,
  ),
  '',
  '## Median gzipped HTML per page type',
  '',
  `| page type | ${results.map((r) => `${r.size}`).join(' | ')} |`,
  `| --- | ${results.map(() => '---:').join(' | ')} |`,
  ...types.map(
    (t) =>
      `| ${t} | ${results.map((r) => (r.site.byType[t] ? kb(r.site.byType[t].medianGzipBytes) : '–')).join(' | ')} |`,
  ),
  '',
];
mkdirSync('reports', { recursive: true });
writeFileSync('reports/scale.md', lines.join('\n'));
writeFileSync('reports/scale.json', JSON.stringify(results, null, 2));
console.log(lines.join('\n'));
