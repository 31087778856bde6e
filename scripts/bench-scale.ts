// Builds generated catalogues of 16, 160 and 1,600 certifications in temporary folders and reports build
// time, index size and bytes per page for each, with growth ratios. Writes reports/scale.{md,json}.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { kb, measureDist, type SiteMeasurements } from './lib/measure.ts';

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

/** A distinct AWS-pattern exam code for the i-th synthetic entry (Z.. codes never clash with real ones). */
const syntheticCode = (i: number) =>
  `Z${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}${String.fromCharCode(65 + (i % 26))}-C${String(Math.floor(i / 676)).padStart(2, '0')}`;

/** Copies the project (sharing node_modules) and grows its catalogue to `size` entries by cloning real ones. */
function syntheticProject(size: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `aws-guide-scale-${size}-`));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(entry, path.join(dir, entry), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
  const certDir = path.join(dir, 'content/certifications');
  const real = readdirSync(certDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  for (let i = real.length; i < size; i++) {
    const template = readFileSync(path.join(certDir, real[i % real.length] ?? ''), 'utf8');
    const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template) ?? [];
    const data = parse(yaml) as Record<string, unknown> & { title: string; shortName: string };
    const slug = `synthetic-${i}`;
    Object.assign(data, {
      title: `${data.title} (synthetic ${i})`,
      shortName: `${data.shortName} ${i}`,
      examCode: syntheticCode(i),
      earlierCodes: [],
      formerNames: [],
      aliases: [],
      recommendedPrior: [],
      recertification: { renewedBy: [slug], otherOptions: [] },
    });
    writeFileSync(path.join(certDir, `${slug}.mdx`), `---\n${stringify(data)}---\n${body}`);
  }
  return dir;
}

const results: { size: number; buildSeconds: number; site: SiteMeasurements }[] = [];
for (const size of targets) {
  const dir = syntheticProject(size);
  console.log(`--- building ${size} certifications in ${dir}`);
  const started = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
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
