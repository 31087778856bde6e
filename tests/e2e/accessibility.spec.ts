import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { axeViolations, childFrames, loadAxe } from './axe';
import { DIST } from './built-site';
import { expect, openSearchWithKeyboard, test } from './fixtures';
import { layoutProblemsOf, PHONE_WIDTHS } from './layout-check';
import { coveringPages } from './template-cover';
import { TEST_CHROMIUM_LAUNCH } from '../../tools/chromium';

/** Every page of the sitemap, read from the build so each gets its own test. */
const sitemapPaths = (() => {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>(.*?)<\/loc>/g)].flatMap((m) => {
    const xml = readFileSync(path.join(DIST, new URL(m[1] ?? '').pathname), 'utf8');
    return [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((l) => new URL(l[1] ?? '').pathname);
  });
})();

/** A template with more pages than this has axe run on a covering few of them (axePages). */
const WHOLE_TEMPLATE = 12;

/**
 * The pages axe checks, in both themes: every page of a template of up to WHOLE_TEMPLATE pages, and of a larger one
 * (a service's page, a pair's comparison, a path finder's result) the fewest pages that together use every element,
 * class, role and ARIA attribute any of its pages uses (tests/e2e/template-cover.ts). axe was most of the sweep's
 * time, and such pages differ only in words. Every page is still loaded, and checked for its status, its one h1,
 * the Content-Security-Policy, third-party requests and its layout at three widths; the HTML checkers read every page.
 */
const axePages = coveringPages(
  sitemapPaths,
  (urlPath) => readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8'),
  WHOLE_TEMPLATE,
);

/**
 * The sweep's own browser draws no frames: with --enable-begin-frame-control Chromium paints only when its client asks,
 * and nothing asks. axe reads styles, layout and hit tests, which Chromium computes on demand, never pixels, so it sees
 * the same page; not painting 253 pages twice saved about a sixth of the sweep's CPU. Tests that click or wait for an
 * element to be visible need frames (Playwright waits on requestAnimationFrame), so they keep the usual browser; the
 * proofs below that the sweep's axe check catches violations run in this one.
 */
const sweep = test.extend<object, { sweepBrowser: Browser; sharedPage: Page }>({
  sweepBrowser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({
        ...TEST_CHROMIUM_LAUNCH,
        args: [...TEST_CHROMIUM_LAUNCH.args, '--enable-begin-frame-control'],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  /**
   * One page per worker: a fresh browser context for each of 250 pages was most of the sweep's cost, and one context
   * keeps axe (loaded into each page from the test server, see loadAxe) in its cache. The page reads dist/ as a static
   * host serves it, with the headers of dist/_headers, so the same load also proves the Content-Security-Policy lets
   * the page run.
   */
  sharedPage: [
    async ({ sweepBrowser }, use) => {
      // Playwright Test gives every context the project's options (base URL, viewport, the device's user agent).
      const context = await sweepBrowser.newContext();
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** The window every sweep page loads in (the project's desktop device), axe runs in, and the layout check starts at. */
const DESKTOP = { width: 1280, height: 720 };

sweep.describe('every sitemap page, served with the shipped headers', () => {
  for (const urlPath of sitemapPaths) {
    sweep(
      `${urlPath}: 200, one h1, ${axePages.has(urlPath) ? 'no axe violations in light and dark, ' : ''}no CSP violation, no third-party request, fits ${PHONE_WIDTHS.join(' and ')} px`,
      async ({ sharedPage: page, baseURL }) => {
        const origin = new URL(baseURL ?? '').origin;
        const foreign: string[] = [];
        const cspViolations: string[] = [];
        const onRequest = (request: { url: () => string }) => {
          const url = new URL(request.url());
          if (url.origin !== origin && !url.protocol.startsWith('data')) foreign.push(request.url());
        };
        const onConsole = (message: { text: () => string }) => {
          if (/Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
        };
        page.on('request', onRequest);
        page.on('console', onConsole);
        try {
          // One load, both themes: the theme follows prefers-color-scheme, so switching it restyles the same page. The
          // themes differ in colours only (built-site.spec.ts proves it), so the dark pass runs axe's colour rules.
          await page.emulateMedia({ colorScheme: 'light' });
          await page.setViewportSize(DESKTOP);
          const response = await page.goto(urlPath);
          expect(response?.status(), 'HTTP status').toBe(200);
          expect(await page.evaluate(() => document.querySelectorAll('h1').length), 'h1 elements').toBe(1);
          expect(childFrames(page), 'axe runs in the top document only').toBe(0);
          if (axePages.has(urlPath)) {
            await loadAxe(page);
            expect(await axeViolations(page), 'light theme').toEqual([]);
            await page.emulateMedia({ colorScheme: 'dark' });
            expect(await axeViolations(page, 'colour'), 'dark theme').toEqual([]);
          }
          expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
          expect(foreign, 'requests to other origins').toEqual([]);
          // The same load, laid out at each width in turn: nothing scrolls sideways, every table header is seen or
          // scrolls into view in a named box the keyboard reaches, no text leaves its box (tests/e2e/layout-check.ts).
          expect(await layoutProblemsOf(page), `at ${DESKTOP.width} px`).toEqual([]);
          for (const width of PHONE_WIDTHS) {
            await page.setViewportSize({ width, height: DESKTOP.height });
            expect(await layoutProblemsOf(page), `at ${width} px`).toEqual([]);
          }
        } finally {
          page.off('request', onRequest);
          page.off('console', onConsole);
        }
      },
    );
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
    expect(await axeViolations(page), `${scheme} theme`).toEqual([]);
  }
  expect(foreign).toEqual([]);
});

test('the search page with filters ticked has no axe violations', async ({ page }) => {
  await page.goto('/search/?q=data&status=Active');
  await expect(page.getByRole('status')).toHaveText(/results? for/);
  expect(await axeViolations(page)).toEqual([]);
});

test('an answer on the search page and in the dialog has no axe violations, in light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // An answer with groups, a beta badge and results below it.
    await page.goto('/search/?q=cheapest');
    await expect(page.getByRole('status')).toHaveText(/^Answer: /);
    expect(await axeViolations(page), `/search/, ${scheme} theme`).toEqual([]);
    await openSearchWithKeyboard(page);
    await page.getByRole('dialog').getByRole('searchbox').fill('SAA vs DVA');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/^Answer: /);
    expect(await axeViolations(page), `dialog, ${scheme} theme`).toEqual([]);
  }
});

/** A page of the sweep's browser showing `html`, a fixture the check must fail. */
async function fixturePage(browser: Browser, html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(html);
  return page;
}

sweep(
  'the sweep’s axe check reports what it should: a fixture with a missing alt text and low contrast fails it',
  async ({ sweepBrowser }) => {
    const page = await fixturePage(
      sweepBrowser,
      '<!doctype html><html lang="en"><head><title>Fixture</title></head><body><main><h1>Fixture</h1>' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">' +
        '<p style="color:#777;background:#888">Hard to read</p></main></body></html>',
    );
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(violations.some((v) => v.startsWith('color-contrast'))).toBe(true);
  },
);

sweep(
  'the dark pass of the sweep (colour rules only) catches a contrast failure that only the dark theme has',
  async ({ sweepBrowser }) => {
    const page = await fixturePage(
      sweepBrowser,
      '<!doctype html><html lang="en" style="color-scheme: light dark"><head><title>Fixture</title></head><body>' +
        '<main><h1>Fixture</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="1" height="1">' +
        '<p style="color: light-dark(#111, #444); background: light-dark(#fff, #333)">Dark only</p></main></body></html>',
    );
    await page.emulateMedia({ colorScheme: 'light' });
    expect((await axeViolations(page, 'colour')).some((v) => v.startsWith('color-contrast'))).toBe(false);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axeViolations(page, 'colour');
    expect(dark.some((v) => v.startsWith('color-contrast'))).toBe(true);
    // Colour rules only: the missing alt text is the light pass's to find.
    expect(dark.some((v) => v.startsWith('image-alt'))).toBe(false);
  },
);
