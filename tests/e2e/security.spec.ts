import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, openSearchWithKeyboard, test } from './fixtures';
import { builtPages, DIST, isRedirectStub } from './built-site';
import { AXE_MOUNT, AXE_SCRIPT_URL } from './axe';

/**
 * Pages outside the sitemap whose scripts do more on load (a query to act on, the 404). Every sitemap page is loaded
 * under the same headers by the sweep in accessibility.spec.ts, which fails on any CSP violation.
 */
const samples = [
  '/',
  '/compare/?c=developer-associate,solutions-architect-associate',
  '/search/?q=dynamodb',
  '/no-such-page/',
];

test('dist/_headers ships the security headers that public/_headers declares', () => {
  expect(readFileSync(path.join(DIST, '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
});

test('served with its headers, the site sends the CSP and the usual security headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/https?:\/\//);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect((await request.get('/no-such-page/')).status()).toBe(404);
});

test('every page carries the same policy in a meta element, for hosts that send no headers (GitHub Pages)', () => {
  const header = /Content-Security-Policy: (.*)/.exec(readFileSync('public/_headers', 'utf8'))?.[1] ?? '';
  // A meta element cannot carry frame-ancestors; everything else must be the header's policy, word for word.
  const expected = header
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  expect(expected).toContain("script-src 'self' 'sha256-");
  const wrong = builtPages()
    .filter((p) => !isRedirectStub(p.html))
    .filter((p) => {
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(p.html);
      // Before any script, so the policy covers the theme script too.
      return meta?.[1]?.replaceAll('&#39;', "'") !== expected || p.html.indexOf(meta[0]) > p.html.indexOf('<script');
    })
    .map((p) => p.urlPath);
  expect(wrong).toEqual([]);
});

test('the static server answers a malformed %-escape with 400 and keeps serving', async ({ request }) => {
  const bad = await request.get('/certifications/%E0%A4%A/');
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toMatch(/malformed|bad request/i);
  expect((await request.get('/')).status()).toBe(200);
});

test('the test server serves axe-core beside the site, cached for a year, and nothing outside its folder', async ({
  request,
}) => {
  const axe = await request.get(AXE_SCRIPT_URL);
  expect(axe.status()).toBe(200);
  expect(axe.headers()['cache-control']).toContain('immutable');
  expect(await axe.text()).toContain('axe.version');
  expect((await request.get(`${AXE_MOUNT.urlPath}no-such-file.js`)).status()).toBe(404);
  // An encoded "/" survives the URL parser, so the server itself must keep the path inside the folder.
  expect((await request.get(`${AXE_MOUNT.urlPath}..%2f..%2fpackage.json`)).status()).toBe(404);
});

test(`the home page, a comparison and a search from the address, and the 404 apply the stored theme and raise no Content-Security-Policy violation under the shipped headers`, async ({
  page,
}) => {
  // A page at a time, so the time allowed grows with the sample (a loaded machine takes seconds a page).
  test.setTimeout(samples.length * 10_000);
  // One browser context for the sample; each page is loaded and checked on its own, softly, so a failure names it.
  let violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  // A stored choice that only the inline <head> script applies on load (the toggle's bundled script applies a
  // choice only on click): data-theme set means the inline script ran, allowed by its hash.
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  for (const urlPath of samples) {
    violations = [];
    await page.goto(urlPath);
    await page.waitForLoadState('networkidle');
    await expect.soft(page.locator('html'), urlPath).toHaveAttribute('data-theme', 'dark');
    // The bundled scripts ran too: the toggle reads the stored choice when it upgrades.
    await expect.soft(page.getByRole('button', { name: 'Colour theme: dark. Change theme' }), urlPath).toBeVisible();
    expect.soft(violations, urlPath).toEqual([]);
  }
});

test('a search runs under the shipped CSP without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await openSearchWithKeyboard(page);
  await page.getByRole('dialog').getByRole('searchbox').fill('SAA-C03');
  await expect(page.getByRole('dialog').getByRole('link').first()).toContainText('Solutions Architect – Associate', {
    timeout: 15_000,
  });
  expect(violations).toEqual([]);
});
