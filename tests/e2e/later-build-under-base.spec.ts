// A second production build, made the way a later deploy to a GitHub Pages project site makes it: on another day
// (SOURCE_DATE_EPOCH set to 2 January 2027, the day after Advanced Networking's last day) and with
// `astro build --base /aws-guide/`, served only under /aws-guide/. One build proves two things that do not interact
// (a build day changes which facts are current, a base changes where pages live), at half the cost of two:
// - the site follows the calendar: every page says Advanced Networking is retired, with no content edited;
// - the site works under a base: a reader browses, searches, uses the tools, follows an old address and mistypes one,
//   and every page, script, stylesheet, data file, search chunk, feed and sitemap entry stays under the base.
import type { Page } from '@playwright/test';
import { epochOfDay } from '../../src/build/build-date';
import { expect, openSearchWithKeyboard, test } from './fixtures';
import { buildAndServe, type ServedBuild } from './served-build';

const DAY = '2027-01-02';
const BASE = '/aws-guide/';
let served: ServedBuild | undefined;
/** The served site, e.g. http://127.0.0.1:41234/aws-guide/. */
let site = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  served = await buildAndServe('2027-base-path', { base: BASE, env: { SOURCE_DATE_EPOCH: epochOfDay(DAY) } });
  site = served.url;
});

test.afterAll(() => served?.close());

/** Records every request the page makes; `outside()` lists those that leave the base (or the server). */
function watchRequests(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return {
    outside: () =>
      urls.filter((url) => {
        const parsed = new URL(url);
        if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
        return parsed.origin !== new URL(site).origin || !parsed.pathname.startsWith(BASE);
      }),
  };
}

/** Every link and resource address on the page that is root-relative but not under the base. */
async function addressesOutsideBase(page: Page): Promise<string[]> {
  return page.evaluate((base) => {
    const written = [...document.querySelectorAll('[href], [src], [action]')].flatMap((el) =>
      ['href', 'src', 'action'].map((name) => el.getAttribute(name) ?? ''),
    );
    return written.filter((value) => value.startsWith('/') && !value.startsWith(base));
  }, BASE);
}

interface OpenData {
  certifications: { slug: string; status: string; formerNames: { slug?: string }[] }[];
}

test('a reader browses, searches and uses the planner and comparison under the base', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  const requests = watchRequests(page);
  await page.goto(site);
  expect(await addressesOutsideBase(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Certifications' }).click();
  await expect(page).toHaveURL(`${site}certifications/`);
  const firstCertification = page.locator('table a[href*="/certifications/"]').first();
  const certificationPath = (await firstCertification.getAttribute('href')) ?? '';
  await firstCertification.click();
  await expect(page).toHaveURL(new URL(certificationPath, site).href);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The body's links were written root-relative in MDX and moved under the base at build time.
  expect(await addressesOutsideBase(page)).toEqual([]);

  await openSearchWithKeyboard(page);
  await page.getByRole('dialog').getByRole('searchbox').fill('developer');
  const result = page.getByRole('dialog').locator('.search-results a').first();
  // The first search loads Pagefind's runtime, WebAssembly and index chunks, all from under the base: on a busy
  // machine that takes longer than the default 5 seconds.
  await expect(result).toHaveAttribute('href', new RegExp(`^${BASE}`), { timeout: 20_000 });
  await result.click();
  await expect(page).toHaveURL(new RegExp(`^${site}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const data = (await (await page.request.get(`${site}data/certifications.json`)).json()) as OpenData;
  const active = data.certifications.filter((c) => c.status === 'active').map((c) => c.slug);
  await page.goto(`${site}planner/?c=${active.slice(0, 2).join(',')}`);
  // The fees table is drawn from the fetched open data.
  await expect(page.getByRole('table', { name: 'Fees in the order you take the exams' })).toBeVisible();
  expect(await addressesOutsideBase(page)).toEqual([]);

  await page.goto(`${site}compare/?c=${active.slice(0, 3).join(',')}`);
  await expect(page.getByRole('table', { name: 'Exam facts side by side' })).toBeVisible();

  expect(requests.outside()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('feeds, sitemap, a former address and an unknown one work under the base', async ({ page }) => {
  const requests = watchRequests(page);
  const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const index = await page.request.get(`${site}sitemap-index.xml`);
  expect(index.status()).toBe(200);
  const sitemaps = locs(await index.text());
  expect(sitemaps.length).toBeGreaterThan(0);
  for (const sitemap of sitemaps) {
    expect(sitemap.startsWith(BASE), sitemap).toBe(true);
    const pages = locs(await (await page.request.get(new URL(sitemap, site).href)).text());
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((p) => !p.startsWith(BASE))).toEqual([]);
  }
  const feed = await page.request.get(`${site}changes.xml`);
  expect(feed.status()).toBe(200);
  const links = [...(await feed.text()).matchAll(/<link>(.*?)<\/link>/g)].map((m) => new URL(m[1] ?? '').pathname);
  expect(links.length).toBeGreaterThan(1);
  expect(links.filter((p) => !p.startsWith(BASE.slice(0, -1)))).toEqual([]);

  const data = (await (await page.request.get(`${site}data/certifications.json`)).json()) as OpenData;
  const renamed = data.certifications.find((c) => c.formerNames.some((f) => f.slug));
  const formerSlug = renamed?.formerNames.find((f) => f.slug)?.slug;
  expect(formerSlug, 'a certification with a former slug to follow').toBeTruthy();
  await page.goto(`${site}certifications/${formerSlug}/`);
  await expect(page).toHaveURL(`${site}certifications/${renamed?.slug}/`);

  const missing = await page.goto(`${site}no-such-page/`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await addressesOutsideBase(page)).toEqual([]);
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(site);

  expect(requests.outside()).toEqual([]);
});

test(`on ${DAY}, Advanced Networking is retired on its page, in the catalogue, roadmap, planner, search filters and open data`, async ({
  page,
}) => {
  await page.goto(`${site}certifications/advanced-networking-specialty/`);
  const notice = page.getByRole('note').filter({ hasText: 'Retired.' });
  await expect(notice).toContainText('The last day to sit ANS-C01 was 31 December 2026.');
  await expect(notice).toContainText('we suggest Solutions Architect – Professional and Security – Specialty');
  await expect(page.locator('.badge.status-retired')).toHaveText('Retired');

  await page.goto(`${site}certifications/`);
  const row = page.getByRole('row', { name: /Advanced Networking – Specialty/ });
  await expect(row.getByRole('cell').nth(2)).toHaveText('Retired');

  await page.goto(`${site}roadmap/`);
  await expect(page.locator(`a.box[href="${BASE}certifications/advanced-networking-specialty/"]`)).toHaveClass(
    /\bretired\b/,
  );

  await page.goto(`${site}planner/`);
  const plannerRow = page.getByRole('row', { name: /Advanced Networking – Specialty/ });
  await expect(plannerRow.getByRole('rowheader')).toHaveText('Advanced Networking – Specialty (retired)');
  await expect(page.getByRole('checkbox', { name: 'Take Advanced Networking – Specialty' })).toHaveCount(0);

  const ansPage = `${BASE}certifications/advanced-networking-specialty/`;
  const searchHrefs = () =>
    page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.goto(`${site}search/?status=Retired&type=Certification`);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?/);
  expect(await searchHrefs()).toContain(ansPage);
  // No exam retires in the days after this one, so the status filter offers no "Retiring" box at all.
  await expect(page.getByRole('checkbox', { name: 'Retired' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Retiring' })).toHaveCount(0);

  const data = (await (await page.request.get(`${site}data/certifications.json`)).json()) as {
    generatedOn: string;
    certifications: {
      slug: string;
      status: string;
      currentVersion: string | null;
      versions: { code: string; phase: string }[];
    }[];
  };
  expect(data.generatedOn).toBe(DAY);
  const ans = data.certifications.find((c) => c.slug === 'advanced-networking-specialty');
  expect(ans).toMatchObject({ status: 'retired', currentVersion: null });
  expect(ans?.versions[0]).toMatchObject({ code: 'ANS-C01', phase: 'ended' });
  const dva = data.certifications.find((c) => c.slug === 'developer-associate');
  expect(dva).toMatchObject({ status: 'active', currentVersion: 'DVA-C03' });
});

test(`on ${DAY}, the network engineer path offers the alternative and the changes log lists the retirement as past`, async ({
  page,
}) => {
  await page.goto(`${site}roles/network-engineer/`);
  const path = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
  await expect(path.getByRole('heading', { level: 3 })).not.toContainText([
    'AWS Certified Advanced Networking – Specialty',
  ]);
  await expect(path).toContainText(
    'This step replaces Advanced Networking – Specialty, which AWS retired after 31 December 2026.',
  );
  await expect(path.getByRole('link', { name: 'AWS Certified Solutions Architect – Professional' })).toBeVisible();

  await page.goto(`${site}changes/`);
  const year = page.getByRole('region', { name: '2026' });
  await expect(year.locator('#advanced-networking-specialty-ans-c01-retired')).toContainText(
    'The last day to sit ANS-C01: Advanced Networking – Specialty retired.',
  );
  await expect(page.getByRole('region', { name: 'Coming up' })).not.toContainText('Advanced Networking');
});
