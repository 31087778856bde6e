import { readFileSync } from 'node:fs';
import path from 'node:path';
import { devices, type Page } from '@playwright/test';
import { builtPages, DIST } from './built-site';
import { axeViolations } from './axe';
import { expect, openSearchWithKeyboard, publishedCertifications, test } from './fixtures';
import { layoutProblemsOf, PHONE_WIDTHS } from './layout-check';
import {
  LONGEST_DOMAIN_NAMES,
  LONGEST_NAMES,
  PLANTED_OVERFLOWS,
  widestTablesMarkup,
} from '../fixtures/pages/widest-tables';

/** The widths every page must fit: the phones', then the desktop the site is designed at. */
const WIDTHS = [...PHONE_WIDTHS, 1280];

/** Where the fixture page is served: beside the site, never in it. */
const FIXTURE_PATH = '/__e2e__/widest-tables/';

/**
 * Opens the fixture page of tests/fixtures/pages/widest-tables.ts (with `extra` markup after it) inside a built page
 * of the site, so it has the site's own styles, header and footer.
 */
async function openFixture(page: Page, extra = ''): Promise<void> {
  // A page whose own tables are drawn in the browser: it carries the tables' styles, and its main content is replaced.
  const shell = readFileSync(path.join(DIST, 'compare/index.html'), 'utf8');
  const body = shell.replace(
    /(<main\b[^>]*>)[\s\S]*?(<\/main>)/,
    (_, open: string, close: string) => `${open}${widestTablesMarkup()}${extra}${close}`,
  );
  await page.route(`**${FIXTURE_PATH}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await page.goto(FIXTURE_PATH);
}

/** The layout problems of the page as it is at each width (tests/e2e/layout-check.ts), by width. */
async function problemsAtEachWidth(page: Page): Promise<Record<number, string[]>> {
  const found: Record<number, string[]> = {};
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    found[width] = await layoutProblemsOf(page);
  }
  return found;
}

const noProblems = Object.fromEntries(WIDTHS.map((width) => [width, []]));

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('a comparison from the address appears without moving what the reader sees (no layout shift)', async ({
    page,
  }) => {
    // Three certifications: two would open their pair page instead.
    const slugs = ['solutions-architect-associate', 'developer-associate', 'cloudops-engineer-associate'];
    await page.goto(`/compare/?c=${slugs.join(',')}`);
    await expect(page.getByRole('status')).toHaveText('Your comparison is below.');
    await expect(page.locator('.result table').first()).toBeAttached();
    // Every layout shift since the page started, as Chromium reports them (the cumulative layout shift).
    const shifts = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          new PerformanceObserver((list) =>
            resolve(list.getEntries().map((e) => (e as PerformanceEntry & { value: number }).value)),
          ).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve([]), 1000);
        }),
    );
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });
});

test('a certification page prints cleanly: light colours, no navigation or search', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/certifications/security-specialty/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('site-search')).toBeHidden();
  await expect(page.locator('dl.facts').first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

/** Whether Chromium's accessibility tree reports the header's Menu button as expanded. */
async function menuExpanded(page: Page): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === 'Menu');
  return button?.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined;
}

test.describe('on a phone (390 × 844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the header is one row of name, Search and Menu, with no keyboard hint, and the menu opens', async ({
    page,
  }) => {
    await page.goto('/certifications/');
    const banner = page.getByRole('banner');
    const boxes = await Promise.all(
      [
        banner.getByRole('link', { name: 'AWS Certification Guide' }),
        banner.getByRole('link', { name: /Search/ }),
        banner.getByText('Menu', { exact: true }),
      ].map(async (item) => (await item.boundingBox())!),
    );
    const middles = boxes.map((b) => b.y + b.height / 2);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(12);
    expect((await banner.boundingBox())!.height).toBeLessThan(72);
    await expect(banner.locator('kbd')).toBeHidden();
    await expect(banner.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await banner.getByText('Menu', { exact: true }).click();
    await expect(banner.getByRole('navigation', { name: 'Main' }).getByRole('link').first()).toBeVisible();
  });

  test('the menu opens from the keyboard, takes Tab into its links, and Esc or a tap outside shuts it', async ({
    page,
  }) => {
    await page.goto('/certifications/');
    const banner = page.getByRole('banner');
    const menu = banner.getByRole('button', { name: 'Menu', exact: true });
    const links = banner.getByRole('navigation', { name: 'Main' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(links).toBeVisible();
    // Its button tells assistive technology the menu is open (the browser's own state for a popover's button).
    expect(await menuExpanded(page)).toBe(true);
    // The menu's links come next in the Tab order.
    await page.keyboard.press('Tab');
    await expect(links.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(links).toBeHidden();
    await expect(menu).toBeFocused();
    expect(await menuExpanded(page)).toBe(false);
    // A tap outside the open menu closes it too.
    await menu.click();
    await expect(links).toBeVisible();
    const viewport = page.viewportSize()!;
    await page.mouse.click(viewport.width / 2, viewport.height - 20);
    await expect(links).toBeHidden();
  });

  test('the catalogue shows each certification as a card with its status, and codes never break', async ({ page }) => {
    await page.goto('/certifications/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const firstRow = page.locator('table.catalogue tbody tr').first();
    const status = firstRow.locator('td[data-label="Status"]');
    await expect(status).toBeInViewport();
    expect(await status.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Status: "');
    // Every exam code in the table sits on one line (one box), never "AIF-" over "C01".
    const codeLines = await page
      .locator('table.catalogue td.code .code-nowrap')
      .evaluateAll((codes) => codes.map((code) => code.getClientRects().length));
    expect(codeLines.length).toBeGreaterThan(0);
    expect(codeLines.filter((lines) => lines !== 1)).toEqual([]);
  });
});

test('a desktop keeps the links in the bar and shows the keyboard hint', async ({ browser }) => {
  const context = await browser.newContext({ ...devices['Desktop Chrome'] });
  const page = await context.newPage();
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(banner.locator('kbd')).toBeVisible();
  await context.close();
});

test.describe('the widest tables (the fixture page of tests/fixtures/pages/widest-tables.ts)', () => {
  test('hold names longer than any certification or domain of the catalogue', async ({ page }) => {
    const certs = await publishedCertifications(page);
    const longest = (names: string[]) => Math.max(...names.map((n) => n.length));
    expect(longest(LONGEST_NAMES)).toBeGreaterThanOrEqual(longest(certs.map((c) => c.shortName)));
    const domains = certs.flatMap((c) => c.versions.flatMap((v) => (v.domains ?? []).map((d) => d.name)));
    expect(longest(LONGEST_DOMAIN_NAMES)).toBeGreaterThanOrEqual(longest(domains));
  });

  test(`fit ${WIDTHS.join(', ')} px: no sideways page scroll, every header seen, no text out of its box`, async ({
    page,
  }) => {
    await openFixture(page);
    expect(await problemsAtEachWidth(page)).toEqual(noProblems);
    // What that means for a reader on the narrowest phone: every exam compared is named on screen, and every domain
    // shows how much of it is covered.
    await page.setViewportSize({ width: 320, height: 800 });
    for (const name of LONGEST_NAMES) await expect(page.getByRole('link', { name, exact: true })).toBeInViewport();
    const covered = page.locator('.readiness-table td[data-label="Covered"]');
    await expect(covered).toHaveCount(LONGEST_DOMAIN_NAMES.length);
    for (const cell of await covered.all()) {
      await cell.scrollIntoViewIfNeeded();
      await expect(cell).toBeInViewport({ ratio: 1 });
    }
  });

  test('the layout check reports what it should: each planted overflow, and nothing else', async ({ page }) => {
    await openFixture(page, PLANTED_OVERFLOWS.value);
    await page.setViewportSize({ width: 390, height: 800 });
    const problems = await layoutProblemsOf(page);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^the page scrolls sideways by \d+ px$/),
        expect.stringMatching(
          /^<div> "Planted plain scroller Planted column 1 .*" scrolls sideways but takes no focus$/,
        ),
        '"Planted column 8" of "Planted plain scroller" is off screen in a box that is not a named, focusable region',
        '"Planted last" of "Planted clipped table" is cut off and its box does not scroll',
        '"Planted last" is clipped by <div>',
        expect.stringMatching(/^the caption "Planted caption that is far too long.*" is not shown whole$/),
        '"Planted value" of "Planted unlabelled cards" is hidden and 1 of its cells carry no label',
        expect.stringMatching(/^"weight not published" runs \d+ px out of its box <span\.num>$/),
        expect.stringMatching(/^"Planted clipped sentence.*" runs \d+ px out of its box <p>$/),
        'the items of <ul> "Planted one Planted two" sit at different heights (0px, 4px)',
      ]),
    );
    // The fixture itself has none: everything reported was planted.
    expect(problems.filter((p) => !/Planted|weight not published|page scrolls/.test(p))).toEqual([]);
  });

  test('the Retiring badge has its own colours, apart from Retired’s grey, readable in both themes', async ({
    page,
  }) => {
    await openFixture(page);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const [retiring, retired, text] = await page.evaluate(() =>
        ['.status-retiring', '.status-retired', 'body'].map(
          (selector) => getComputedStyle(document.querySelector(selector) as Element).color,
        ),
      );
      expect(retiring, scheme).not.toBe(retired);
      expect(retiring, scheme).not.toBe(text);
      expect(await axeViolations(page, 'colour'), scheme).toEqual([]);
    }
  });
});

test('every built page that draws a table carries the tables’ styles (src/styles/tables.css)', () => {
  const pages = builtPages().filter((p) => /<table\b|class="table-scroll"/.test(p.html));
  expect(pages.length).toBeGreaterThan(0);
  expect(pages.filter((p) => !p.html.includes('.table-scroll{')).map((p) => p.urlPath)).toEqual([]);
});

test.describe('tables the browser draws, with the catalogue’s longest names', () => {
  test(`the comparison of four, the planner and the readiness check fit ${WIDTHS.join(', ')} px`, async ({ page }) => {
    const certs = await publishedCertifications(page);
    const byLength = [...certs].sort((a, b) => b.shortName.length - a.shortName.length);
    const bookable = byLength.filter((c) => c.status !== 'retired');
    const longestFour = bookable.slice(0, 4).map((c) => c.slug);
    await page.goto(`/compare/?c=${longestFour.join(',')}`);
    await expect(page.locator('table.comparison thead th')).toHaveCount(longestFour.length);
    expect(await problemsAtEachWidth(page), 'the comparison').toEqual(noProblems);

    const [held, planned] = [bookable[0], bookable[1]];
    await page.goto(`/planner/?c=${planned?.slug}&held=${held?.slug}:2025-01-15`);
    await expect(page.locator('.results table').first()).toBeVisible();
    expect(await problemsAtEachWidth(page), 'the planner').toEqual(noProblems);

    // The exam with the longest domain names among those with a readiness check.
    const prepared = certs.flatMap((cert) => {
      const version = cert.versions.find((v) => v.code === cert.currentVersion);
      const domains = version?.domains ?? [];
      if (!version || domains.length === 0 || !domains.every((d) => d.tasks?.length)) return [];
      return [{ cert, version, length: Math.max(...domains.map((d) => d.name.length)) }];
    });
    const widest = prepared.sort((a, b) => b.length - a.length)[0];
    expect(widest, 'an exam with a readiness check').toBeDefined();
    const prepare = `/certifications/${widest?.cert.slug}/prepare/${widest?.version.code.toLowerCase()}/`;
    await page.goto(prepare);
    // Marks travel by task key (the page publishes its tasks' keys): confident, unsure, not started.
    const keys = await page.evaluate(() =>
      (
        JSON.parse(document.querySelector('script.prep-data')?.textContent ?? '{}') as {
          domains: { tasks: { key: string }[] }[];
        }
      ).domains.flatMap((d) => d.tasks.map((t) => t.key)),
    );
    await page.goto(`${prepare}?t=${keys[0]}c.${keys[1]}u.${keys[2]}n`);
    await expect(page.locator('.readiness-overall strong')).not.toHaveText(/^0%/);
    expect(await problemsAtEachWidth(page), 'the readiness check').toEqual(noProblems);
  });
});

test.describe('boxes that scroll sideways', () => {
  test('on a phone the roadmap scrolls in a named box the keyboard moves, and says so; a desktop sees it whole', async ({
    page,
  }) => {
    await page.goto('/roadmap/');
    const caption = (await page.locator('figure.roadmap figcaption').textContent()) ?? '';
    const region = page.getByRole('region', { name: caption });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
    await expect(page.getByText(/diagram scrolls sideways/)).toBeHidden();

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByText(/diagram scrolls sideways/)).toBeVisible();
    expect(await region.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    // Scrolled to its end, the last column is on screen.
    await region.evaluate((box) => box.scrollTo({ left: box.scrollWidth }));
    await expect(page.locator('.column-label').last()).toBeInViewport();
  });

  test('a table wider than a phone says it scrolls and moves with the arrow keys; one that fits says nothing', async ({
    page,
  }) => {
    await page.goto('/compare/overlap/');
    const caption = 'Share of covered services in common, in percent';
    const region = page.getByRole('region', { name: caption });
    const cueSize = () =>
      page.locator('table.overlap caption').evaluate((c) => parseFloat(getComputedStyle(c, '::after').fontSize));
    const wide = await region.evaluate((box) => box.scrollWidth > box.clientWidth);
    // At 1280 px the matrix may fit or not, as the catalogue grows; the cue follows whichever it does.
    expect((await cueSize()) > 0).toBe(wide);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await region.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await cueSize()).toBeGreaterThan(0);
    // The caption stays whole on screen however far the table is scrolled.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    await expect(page.locator('table.overlap caption')).toBeInViewport({ ratio: 1 });

    await page.goto('/services/amazon-s3/');
    const fits = page.locator('.table-scroll caption').first();
    expect(await fits.evaluate((c) => parseFloat(getComputedStyle(c, '::after').fontSize))).toBe(0);
  });
});

test.describe('small things a reader sees', () => {
  test('the search dialog opens centred, on a desktop and on a phone', async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      if (width > 500) await openSearchWithKeyboard(page);
      else
        await page
          .getByRole('banner')
          .getByRole('link', { name: /Search/ })
          .click();
      const dialog = page.getByRole('dialog', { name: 'Search the guide' });
      await expect(dialog).toBeVisible();
      const box = (await dialog.boundingBox())!;
      expect(Math.abs(box.x - (width - box.x - box.width)), `at ${width} px`).toBeLessThanOrEqual(1);
    }
  });

  test('in a narrow window with a keyboard, the search button’s hint stays on one line', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto('/');
    const hint = page.getByRole('banner').locator('.search-link kbd');
    await expect(hint).toBeVisible();
    const [box, lineHeight] = await hint.evaluate((kbd) => [
      kbd.getBoundingClientRect().height,
      parseFloat(getComputedStyle(kbd).lineHeight) || parseFloat(getComputedStyle(kbd).fontSize) * 1.6,
    ]);
    expect(box).toBeLessThan(lineHeight * 1.5);
  });

  test('the links of a row sit on one line: the footer’s first link is level with the others', async ({ page }) => {
    await page.goto('/');
    const tops = await page
      .locator('footer li a')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThan(1);
    expect(new Set(tops).size).toBe(1);
  });

  test('on a phone a wrapped breadcrumb line starts with a name, never with the separator', async ({ page }) => {
    // The longest trail: the readiness check of the certification with the longest name.
    const certs = await publishedCertifications(page);
    const cert = certs
      .filter((c) => c.currentVersion && c.versions.some((v) => v.code === c.currentVersion && v.domains?.[0]?.tasks))
      .sort((a, b) => b.shortName.length - a.shortName.length)[0];
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/certifications/${cert?.slug}/prepare/${cert?.currentVersion?.toLowerCase()}/`);
    const crumbs = await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .locator('li')
      .evaluateAll((items) => {
        const left = Math.min(...items.map((li) => li.getBoundingClientRect().left));
        return items.map((li) => ({
          startsLine: Math.abs(li.getBoundingClientRect().left - left) < 1,
          before: getComputedStyle(li, '::before').content,
          after: getComputedStyle(li, '::after').content,
        }));
      });
    // The trail wraps here, or the test would prove nothing.
    expect(crumbs.filter((c) => c.startsLine).length).toBeGreaterThan(1);
    for (const crumb of crumbs.filter((c) => c.startsLine)) expect(crumb.before).toMatch(/^(none|normal)$/);
    // Every crumb but the last ends with the separator, so it closes a line instead of opening one.
    expect(crumbs.slice(0, -1).map((c) => c.after)).toEqual(crumbs.slice(0, -1).map(() => '"/"'));
  });

  test('a wrapped row of links separated by dots never starts a line with a dot (the search answer’s next steps)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/guides/');
    await openSearchWithKeyboard(page);
    await page.keyboard.type('beginner');
    const next = page.getByRole('dialog').locator('.answer-next');
    await expect(next.locator('li').first()).toBeVisible();
    let wrapped = 0;
    for (const width of [1280, 390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const items = await next.locator('li').evaluateAll((lis) => {
        const left = Math.min(...lis.map((li) => li.getBoundingClientRect().left));
        return lis.map((li) => ({
          startsLine: Math.abs(li.getBoundingClientRect().left - left) < 1,
          before: getComputedStyle(li, '::before').content,
        }));
      });
      const lineStarts = items.filter((item) => item.startsLine);
      if (lineStarts.length > 1) wrapped += 1;
      for (const item of lineStarts) expect(item.before, `${width} px`).toMatch(/^(none|normal)$/);
    }
    // The row wraps at some width, or the test would prove nothing.
    expect(wrapped).toBeGreaterThan(0);
  });
});
