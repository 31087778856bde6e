import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages, DIST, gzipSize, isRedirectStub } from './built-site';
import { expect, test } from './fixtures';

const KB = 1024;
/** Pages with a tool on them, which may load their tool's code (and data) before the reader touches it. */
const TOOL_PAGE =
  /^\/(planner|compare|path-finder|search)\/$|^\/certifications\/(page\/\d+\/)?$|^\/path-finder\/|^\/certifications\/[^/]+\/prepare\//;
/** Reading pages: everything else. Search and the theme toggle are all they run before interaction. */
const READING_JS = 1 * KB;
/**
 * A tool page's own code, of which the planner is the heaviest (it renders through the shared view src/views/planner.ts
 * and counts the voucher of held certifications; its calendar code loads only once a plan has something to put in a
 * calendar). The test prints each page's figure; how the bundler splits shared modules moves it by a few hundred
 * bytes, so the budget leaves that much room and still keeps a tool from growing unnoticed.
 */
const TOOL_JS = 11 * KB;
/** The data a tool fetches on load (the planner's slim catalogue, /data/planner.json, is the largest), gzipped. */
const TOOL_DATA = 8 * KB;

/** One page of each template: a page's scripts come from its template, so one of each covers them all. */
const samples = (() => {
  const byTemplate = new Map<string, string>();
  for (const { urlPath, html } of builtPages()) {
    if (isRedirectStub(html)) continue;
    const parts = urlPath.split('/').filter(Boolean);
    const kind = parts.includes('page') ? 'paged' : (parts.at(-1) ?? '').includes('-vs-') ? 'pair' : '';
    const template = `${parts[0] ?? ''}/${parts.length}/${kind}`;
    if (!byTemplate.has(template) || urlPath.length < (byTemplate.get(template) ?? '').length)
      byTemplate.set(template, urlPath);
  }
  return [...byTemplate.values()].sort();
})();

test(`every byte of JavaScript and data a page loads before interaction is counted (${samples.length} templates)`, async ({
  page,
}) => {
  // A page at a time, each until the network is idle: the time allowed grows with the sample.
  test.setTimeout(samples.length * 10_000);
  expect(samples.length).toBeGreaterThan(15);
  const report: string[] = [];
  const over: string[] = [];
  for (const urlPath of samples) {
    const loaded: { file: string; kind: 'js' | 'data' }[] = [];
    const onFinished = (request: import('@playwright/test').Request) => {
      const kind = request.resourceType();
      if (kind === 'script' || kind === 'fetch' || kind === 'xhr')
        loaded.push({ file: new URL(request.url()).pathname, kind: kind === 'script' ? 'js' : 'data' });
    };
    page.on('requestfinished', onFinished);
    // networkidle: eager import()s and the data they fetch have all arrived.
    await page.goto(urlPath, { waitUntil: 'networkidle' });
    page.off('requestfinished', onFinished);
    const bytes = (kind: 'js' | 'data') =>
      loaded
        .filter((l) => l.kind === kind)
        .reduce((sum, l) => sum + gzipSize(readFileSync(path.join(DIST, decodeURIComponent(l.file)))), 0);
    const js = bytes('js');
    const data = bytes('data');
    const tool = TOOL_PAGE.test(urlPath);
    report.push(`${urlPath}: ${js} B of JavaScript, ${data} B of data${tool ? ' (tool page)' : ''}`);
    if (js > (tool ? TOOL_JS : READING_JS)) over.push(`${urlPath}: ${js} B of JavaScript`);
    if (data > (tool ? TOOL_DATA : 0)) over.push(`${urlPath}: ${data} B of data`);
  }
  console.log(`Before interaction (gzipped):\n  ${report.join('\n  ')}`);
  expect(over).toEqual([]);
});

test('a comparison fetches only the compare page’s slim data, within the tool data budget', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    if (['fetch', 'xhr'].includes(request.resourceType())) fetched.push(new URL(request.url()).pathname);
  });
  // Three certifications, so the comparison renders on the page rather than on a pre-rendered pair page.
  const slugs = (
    JSON.parse(readFileSync(path.join(DIST, 'data', 'compare.json'), 'utf8')) as { certifications: { slug: string }[] }
  ).certifications
    .slice(0, 3)
    .map((c) => c.slug);
  await page.goto(`/compare/?c=${slugs.join(',')}`, { waitUntil: 'networkidle' });
  await expect(page.getByRole('table', { name: 'Exam facts side by side' })).toBeVisible();
  expect(fetched).toEqual(['/data/compare.json']);
  const bytes = gzipSize(readFileSync(path.join(DIST, 'data', 'compare.json')));
  console.log(`/data/compare.json: ${bytes} B gzipped`);
  expect(bytes).toBeLessThanOrEqual(TOOL_DATA);
});
