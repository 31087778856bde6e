import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DIST } from './built-site';
import { expect, openSearchWithKeyboard, test } from './fixtures';

/*
 * Every lazily loaded chunk has a failure path (src/scripts/lazy-module.ts): its request is aborted, the reader sees
 * why in place, nothing throws, and once the network is back the next attempt (Try again, or the next open of the
 * search dialog) gives the working tool.
 */

/** The built chunk of a module (its name, a hash, .js), which must exist: a renamed chunk fails here, not silently. */
function chunkOf(name: string): RegExp {
  const pattern = new RegExp(`^${name}\\.[\\w-]+\\.js$`);
  expect(readdirSync(path.join(DIST, '_astro')).filter((file) => pattern.test(file))).toHaveLength(1);
  return new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`);
}

/** Aborts every request of a chunk until `restore` is called; counts the aborted requests. */
async function cutChunk(page: Page, name: string) {
  const url = chunkOf(name);
  let aborted = 0;
  await page.route(url, (route) => {
    aborted += 1;
    return route.abort('internetdisconnected');
  });
  return { aborted: () => aborted, restore: () => page.unroute(url) };
}

/** Collects uncaught errors and unhandled rejections of the page's scripts. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

interface PlannerData {
  generatedOn: string;
  certifications: { slug: string; shortName: string; status: string; currentVersion: string }[];
}
const plannerData = () => JSON.parse(readFileSync(path.join(DIST, 'data', 'planner.json'), 'utf8')) as PlannerData;
/** A certification one can still sit, from the data. */
const bookable = () => {
  const cert = plannerData().certifications.find((c) => c.status !== 'retired' && c.currentVersion);
  if (!cert) throw new Error('no bookable certification in /data/planner.json');
  return cert;
};

/** The notice of src/views/load-failed.ts, inside `within`. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const failureOf = (within: Page | Locator, subject: string) =>
  within.getByRole('alert').filter({ hasText: `${subject} could not load: the connection dropped` });

/** Brings the network back and presses the notice's Try again: the notice goes. */
async function tryAgain(failure: Locator, cut: { restore: () => Promise<void> }): Promise<void> {
  await cut.restore();
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(failure).toBeHidden();
}

/** Searches for an exam code in a search box and expects its results to be counted. */
async function searchFinds(within: Locator, code: string): Promise<void> {
  await within.getByRole('searchbox').fill(code);
  await expect(within.getByRole('status')).toHaveText(new RegExp(`results? for “${code}”`));
}

/** Opens the header's search on the home page while its code cannot load: the dialog shows the failure. */
async function openSearchWithoutItsCode(page: Page) {
  const errors = pageErrors(page);
  const code = bookable().currentVersion;
  const cut = await cutChunk(page, 'search-ui');
  await page.goto('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await openSearchWithKeyboard(page);
  const failure = failureOf(dialog, 'Search');
  await expect(failure).toBeVisible();
  return { errors, code, cut, dialog, failure };
}

test('the search dialog says when its code cannot load, still closes, and works on the next open', async ({ page }) => {
  const { errors, code, cut, dialog, failure } = await openSearchWithoutItsCode(page);
  await expect(failure.getByRole('link', { name: 'the catalogue' })).toHaveAttribute('href', '/certifications/');
  expect(cut.aborted()).toBeGreaterThan(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // Still cut: the next open tries again, fails again, and Esc closes the dialog.
  const before = cut.aborted();
  await openSearchWithKeyboard(page);
  await expect(failure).toBeVisible();
  await expect.poll(cut.aborted).toBeGreaterThan(before);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await cut.restore();
  await openSearchWithKeyboard(page);
  await expect(failure).toBeHidden();
  await page.keyboard.type(code);
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`results? for “${code}”`));
  await expect(dialog.getByRole('list', { name: 'Results' }).getByRole('link').first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(errors).toEqual([]);
});

test('the search dialog’s Try again loads the search in place once the network is back', async ({ page }) => {
  const { errors, code, cut, dialog, failure } = await openSearchWithoutItsCode(page);
  await tryAgain(failure, cut);
  await searchFinds(dialog, code);
  expect(errors).toEqual([]);
});

test('the search page says when its code cannot load, and Try again gives the working search', async ({ page }) => {
  const errors = pageErrors(page);
  const code = bookable().currentVersion;
  const cut = await cutChunk(page, 'search-ui');
  await page.goto('/search/');
  const search = page.locator('search-page');
  const failure = failureOf(search, 'Search');
  await expect(failure).toBeVisible();
  expect(cut.aborted()).toBeGreaterThan(0);
  await tryAgain(failure, cut);
  await searchFinds(search, code);
  expect(errors).toEqual([]);
});

test('the planner says when its code cannot load, and Try again gives the working planner', async ({ page }) => {
  const errors = pageErrors(page);
  const cert = bookable();
  const cut = await cutChunk(page, 'planner-tool');
  await page.goto(`/planner/?c=${cert.slug}`);
  const failure = failureOf(page, 'The planner');
  await expect(failure).toBeVisible();
  await tryAgain(failure, cut);
  const fees = page.getByRole('table', { name: 'Fees in the order you take the exams' });
  await expect(fees.getByRole('row', { name: new RegExp(`^${escaped(cert.shortName)}`) })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the planner’s calendar says when its code cannot load, and Try again gives the download', async ({ page }) => {
  const errors = pageErrors(page);
  const { generatedOn } = plannerData();
  const cert = bookable();
  const examDay = new Date(Date.parse(`${generatedOn}T00:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);
  const cut = await cutChunk(page, 'planner-calendar');
  await page.goto(`/planner/?c=${cert.slug}:${examDay}`);
  const failure = failureOf(page, 'The calendar download');
  await expect(failure).toBeVisible();
  // The rest of the plan is there: only the calendar waits.
  await expect(page.getByRole('table', { name: 'Fees in the order you take the exams' })).toBeVisible();
  await tryAgain(failure, cut);
  await expect(
    page.getByRole('link', { name: /^Download your \d+ dates? as a calendar file \(\.ics\)$/ }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('the comparison says when its code cannot load, and Try again gives the comparison', async ({ page }) => {
  const errors = pageErrors(page);
  // Three certifications, so the comparison renders on the page rather than on a pre-rendered pair page.
  const slugs = (
    JSON.parse(readFileSync(path.join(DIST, 'data', 'compare.json'), 'utf8')) as { certifications: { slug: string }[] }
  ).certifications
    .slice(0, 3)
    .map((c) => c.slug);
  const cut = await cutChunk(page, 'compare-tool');
  await page.goto(`/compare/?c=${slugs.join(',')}`);
  const failure = failureOf(page, 'The comparison');
  await expect(failure).toBeVisible();
  await tryAgain(failure, cut);
  await expect(page.getByRole('table', { name: 'Exam facts side by side' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the readiness check says when its code cannot load, and Try again gives the working check', async ({ page }) => {
  const errors = pageErrors(page);
  const prepared = readdirSync(path.join(DIST, 'certifications'))
    .flatMap((slug) => {
      const folder = path.join(DIST, 'certifications', slug, 'prepare');
      return existsSync(folder) ? readdirSync(folder).map((code) => `/certifications/${slug}/prepare/${code}/`) : [];
    })
    .sort();
  const [address] = prepared;
  if (!address) throw new Error('no readiness check in the build');
  const cut = await cutChunk(page, 'readiness-tool');
  await page.goto(address);
  // The calculator's code loads with the reader's first change.
  const confident = page.locator('fieldset.task').first().getByLabel('Confident');
  await confident.check();
  const failure = failureOf(page, 'The readiness calculator');
  await expect(failure).toBeVisible();
  await tryAgain(failure, cut);
  await page.locator('fieldset.task').nth(1).getByLabel('Confident').check();
  await expect(page.getByRole('status')).toHaveText(/^Readiness \d+%; study plan updated\.$/);
  expect(errors).toEqual([]);
});

test('a personal path says when its code cannot load, and Try again gives the personal path', async ({ page }) => {
  const errors = pageErrors(page);
  const cert = bookable();
  const [goal] = readdirSync(path.join(DIST, 'path-finder'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const [level] = readdirSync(path.join(DIST, 'path-finder', goal ?? ''), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const cut = await cutChunk(page, 'path-result');
  await page.goto(`/path-finder/${goal}/${level}/?held=${cert.slug}`);
  const failure = failureOf(page, 'Your own path');
  await expect(failure).toBeVisible();
  await tryAgain(failure, cut);
  await expect(page.getByText(new RegExp(`already holding ${escaped(cert.shortName)}`))).toBeVisible();
  expect(errors).toEqual([]);
});
