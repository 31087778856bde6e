import { devices, type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** One page of each kind, at the narrowest phone width the design supports. */
const samples = [
  '/',
  '/certifications/',
  '/certifications/generative-ai-developer-professional/',
  '/compare/ai-practitioner-vs-cloud-practitioner/',
  '/compare/overlap/',
  '/services/amazon-s3/',
  '/roles/devops-engineer/',
  '/roadmap/',
  '/guides/how-aws-exams-work/',
  '/changes/',
  '/path-finder/',
  '/planner/',
  '/search/?q=lambda',
];

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test(`${samples.length} pages, one of each kind, have no horizontal page scroll (wide tables scroll inside their own box)`, async ({
    page,
  }) => {
    // A page at a time, so the time allowed grows with the sample (a loaded machine takes seconds a page).
    test.setTimeout(samples.length * 10_000);
    for (const path of samples) {
      await page.goto(path);
      await expect.soft(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, path).toBeLessThanOrEqual(0);
    }
  });

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
