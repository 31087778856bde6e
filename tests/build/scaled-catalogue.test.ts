// Builds the site with two synthetic catalogues, the second twice the first, and checks that page weight stops growing
// with the catalogue: long lists page at PAGE_SIZE, overviews and pickers stop at PER_CATEGORY_LIMIT a category. The
// catalogues grow the small fixture site (tests/fixtures/sites/basic) by cloning its certifications; `npm run
// bench:scale` grows the real catalogue the same way, up to 1,600 entries.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE, PER_CATEGORY_LIMIT } from '../../src/lib/site/pagination';
import { categories, type Category } from '../../src/schemas/enums';
import { readContent } from '../../src/build/read-content';
import { measureDist, type SiteMeasurements } from '../../tools/measure.ts';
import { buildSite } from '../../tools/site-copy.ts';
import { syntheticProject } from '../../tools/synthetic.ts';
import { fixtureContent } from '../helpers/fixture-site.ts';

const FIXTURE = fixtureContent('basic');
/** The categories the fixture has a certification of, the only ones a clone can grow. */
const fixtureCategories = [...new Set(readContent(FIXTURE).input.certifications.map((c) => c.data.category))];
/** The category grown past a page; the others grow just past what an overview shows of a category. */
const LONG: Category = 'specialty';
/**
 * The smaller catalogue already fills everything a page can hold: a whole page of the long category (and so of the
 * full list), and more of every category than an overview shows. Doubling it can then only add pages.
 */
const SMALL = Object.fromEntries(
  fixtureCategories.map((category) => [category, category === LONG ? PAGE_SIZE : PER_CATEGORY_LIMIT + 1]),
) as Record<Category, number>;
const LARGE = Object.fromEntries(Object.entries(SMALL).map(([category, n]) => [category, 2 * n])) as Record<
  Category,
  number
>;
const total = (size: Record<Category, number>) => Object.values(size).reduce((sum, n) => sum + n, 0);
const projects: string[] = [];

function buildSynthetic(size: Record<Category, number>): string {
  const dir = syntheticProject(size, FIXTURE);
  projects.push(dir);
  const build = buildSite(dir);
  if (build.status !== 0)
    throw new Error(`the build of ${total(size)} certifications failed:\n${build.output.slice(-3000)}`);
  return path.join(dir, 'dist');
}

const html = (dist: string, urlPath: string) => readFileSync(path.join(dist, urlPath, 'index.html'), 'utf8');
const certificationLinks = (page: string) =>
  [...page.matchAll(/<th scope="row"[^>]*>\s*<a href="\/certifications\/([^/"]+)\/"/g)].map((m) => m[1]);

let small: SiteMeasurements;
let large: SiteMeasurements;
let dist = '';

beforeAll(() => {
  small = measureDist(buildSynthetic(SMALL));
  dist = buildSynthetic(LARGE);
  large = measureDist(dist);
}, 1_800_000);
afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 120_000);

describe(`the site built with ${total(SMALL)} and ${total(LARGE)} certifications`, () => {
  it('keeps the heaviest page of every type the same weight when the catalogue doubles', () => {
    const grown = Object.entries(large.byType)
      .filter(([type, sizes]) => sizes.maxGzipBytes > (small.byType[type]?.maxGzipBytes ?? 0) * 1.05)
      .map(([type, sizes]) => `${type}: ${small.byType[type]?.maxGzipBytes} B → ${sizes.maxGzipBytes} B`);
    expect(grown).toEqual([]);
  });

  it('keeps every page, HTML and CSS, under 14 KB gzipped', () => {
    const cssFiles = readdirSync(path.join(dist, '_astro')).filter((f) => f.endsWith('.css'));
    const css = cssFiles.map((f) => readFileSync(path.join(dist, '_astro', f), 'utf8')).join('');
    const heaviest = Object.values(large.byType).reduce((a, b) => (b.maxGzipBytes > a.maxGzipBytes ? b : a));
    const page = html(dist, heaviest.maxPath);
    expect(gzipSync(page + css, { level: 9 }).length, heaviest.maxPath).toBeLessThan(14 * 1024);
  });

  it('splits the catalogue table into pages that list every certification exactly once', () => {
    const pages = Math.ceil(total(LARGE) / PAGE_SIZE);
    const listed = Array.from({ length: pages }, (_, i) =>
      certificationLinks(html(dist, i === 0 ? '/certifications/' : `/certifications/page/${i + 1}/`)),
    );
    expect(listed.every((rows) => rows.length <= PAGE_SIZE)).toBe(true);
    expect(listed.flat()).toHaveLength(total(LARGE));
    expect(new Set(listed.flat()).size).toBe(total(LARGE));
    const first = html(dist, '/certifications/');
    expect(first).toContain(`<title>All AWS certifications, page 1 of ${pages}`);
    expect(first).toMatch(/<a href="\/certifications\/page\/2\/" rel="next"/);
    const last = html(dist, `/certifications/page/${pages}/`);
    expect(last).toMatch(new RegExp(`<a href="/certifications/page/${pages - 1}/" rel="prev"`));
    expect(last).not.toContain('rel="next"');
  });

  it('pages a long category, and lists each of its certifications once', () => {
    const pages = Math.ceil(LARGE[LONG] / PAGE_SIZE);
    const listed = Array.from({ length: pages }, (_, i) =>
      certificationLinks(html(dist, i === 0 ? `/categories/${LONG}/` : `/categories/${LONG}/page/${i + 1}/`)),
    ).flat();
    expect(pages).toBeGreaterThan(1);
    expect(readdirSync(path.join(dist, `categories/${LONG}/page`))).toHaveLength(pages - 1);
    expect(listed).toHaveLength(LARGE[LONG]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('shortens the overviews and pickers to a few certifications a category, linking to the rest', () => {
    const home = html(dist, '/');
    expect(home).toMatch(/<a href="\/categories\/associate\/"[^>]*>\s*All \d+ Associate certifications\s*<\/a>/);
    const compare = html(dist, '/compare/');
    expect([...compare.matchAll(/name="c"/g)].length).toBeLessThanOrEqual(categories.length * PER_CATEGORY_LIMIT);
    expect(compare).toMatch(/\d+ more Associate certifications/);
    const planner = html(dist, '/planner/');
    expect([...planner.matchAll(/name="held"/g)].length).toBeLessThanOrEqual(categories.length * PER_CATEGORY_LIMIT);
    expect(planner).toContain('more are in');
    const roadmap = html(dist, '/roadmap/');
    expect(roadmap).toMatch(/class="box more category-associate"/);
  });
});
