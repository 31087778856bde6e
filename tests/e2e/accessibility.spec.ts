import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openSearchWithKeyboard, test } from './fixtures';
import { DIST } from './built-site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page of the sitemap, read from the build so each gets its own test. */
const sitemapPaths = (() => {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>(.*?)<\/loc>/g)].flatMap((m) => {
    const xml = readFileSync(path.join(DIST, new URL(m[1] ?? '').pathname), 'utf8');
    return [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((l) => new URL(l[1] ?? '').pathname);
  });
})();

const violationsOf = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );

test.describe('accessibility and privacy of every sitemap page', () => {
  for (const urlPath of sitemapPaths) {
    test(`${urlPath}: no axe violations in light and dark, no third-party request`, async ({ page, baseURL }) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== new URL(baseURL ?? '').origin && !url.protocol.startsWith('data'))
          foreign.push(request.url());
      });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(urlPath);
      expect(await violationsOf(page), 'light theme').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violationsOf(page), 'dark theme').toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});

test('the open search modal, with results, has no axe violations and the search stays on our origin', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(request.url());
  });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await openSearchWithKeyboard(page);
    await page.getByRole('dialog').getByRole('searchbox').fill('security');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/results? for/, { timeout: 15_000 });
    expect(await violationsOf(page), `${scheme} theme`).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('the search page with filters ticked has no axe violations', async ({ page }) => {
  await page.goto('/search/?q=data&status=Active');
  await expect(page.getByRole('status')).toHaveText(/results? for/);
  expect(await violationsOf(page)).toEqual([]);
});
