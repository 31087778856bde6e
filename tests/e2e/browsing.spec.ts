import { expect, sitemapPaths, test } from './fixtures';

test('a reader goes home → catalogue → sorts by price → a certification → a service → another certification', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Certifications' }).click();
  await expect(page).toHaveURL(/\/certifications\/$/);

  await page.getByRole('button', { name: 'Price (USD)' }).click();
  await expect(page).toHaveURL(/\?sort=price$/);
  await expect(page.getByRole('columnheader', { name: 'Price (USD)' })).toHaveAttribute('aria-sort', 'ascending');
  const firstRowPrice = page.locator('tbody tr:not([hidden])').first().locator('td').nth(5);
  await expect(firstRowPrice).toHaveText('100');

  await page.getByRole('link', { name: 'Developer – Associate', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Certified Developer – Associate');

  await page
    .getByRole('region', { name: 'Services the exam stresses' })
    .getByRole('link', { name: 'AWS Lambda', exact: true })
    .click();
  await expect(page).toHaveURL(/\/services\/aws-lambda\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Lambda');

  await page.getByRole('link', { name: 'Solutions Architect – Associate', exact: true }).click();
  await expect(page).toHaveURL(/\/certifications\/solutions-architect-associate\/$/);
  expect(consoleErrors).toEqual([]);
});

test('a shared catalogue view is restored from its URL', async ({ page }) => {
  await page.goto('/certifications/?tier=associate&sort=price&dir=desc');
  await expect(page.getByRole('combobox', { name: 'Tier' })).toHaveValue('associate');
  await expect(page.getByText('Showing 5 of 16')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('retired');
  await expect(page.getByText('Showing 0 of 16')).toBeVisible();
  await expect(page).toHaveURL(/tier=associate&status=retired&sort=price&dir=desc/);
});

test('/compare/?c= with two certifications shows both side by side (on their pair page)', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/compare/?c=solutions-architect-associate,developer-associate');
  await expect(page).toHaveURL(/\/compare\/developer-associate-vs-solutions-architect-associate\/$/);
  const table = page.getByRole('table', { name: 'Exam facts side by side' });
  await expect(table.getByRole('columnheader', { name: 'Solutions Architect – Associate' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Developer – Associate' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shared by both' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('/compare/?c= with three certifications renders them side by side and keeps the choice', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/compare/?c=solutions-architect-associate,developer-associate,cloudops-engineer-associate');
  const table = page.getByRole('table', { name: 'Exam facts side by side' });
  for (const name of ['Solutions Architect – Associate', 'Developer – Associate', 'CloudOps Engineer – Associate']) {
    await expect(table.getByRole('columnheader', { name })).toBeVisible();
  }
  await expect(table).toContainText('SOA-C03');
  await expect(page.getByRole('heading', { name: 'Shared by all' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Developer – Associate' })).toBeChecked();
  expect(consoleErrors).toEqual([]);
});

test('a bad id in ?c= gets a helpful message and nothing is injected', async ({ page, consoleErrors }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto('/compare/?c=solutions-architect-associate,sysops-wizard,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('status')).toHaveText('Your selection needs attention: see below.');
  await expect(page.locator('compare-view .notice')).toContainText('No certification is called “sysops-wizard”');
  await expect(page.getByText('Choose at least two certifications to compare.')).toBeVisible();
  await expect(page.locator('compare-view img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('a pre-rendered comparison works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/developer-associate-vs-solutions-architect-associate/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Developer – Associate vs Solutions Architect – Associate',
  );
  await expect(page.getByRole('table', { name: 'Exam facts side by side' })).toContainText('DVA-C02');
  await context.close();
});

test('the old SysOps address leads to the CloudOps page, which says what changed when', async ({ page }) => {
  await page.goto('/certifications/sysops-administrator-associate/');
  await expect(page).toHaveURL(/\/certifications\/cloudops-engineer-associate\/$/);
  await expect(page.getByRole('note').filter({ hasText: 'Renamed' })).toContainText('SysOps Administrator – Associate');
  await expect(page.getByRole('note').filter({ hasText: 'Renamed' })).toContainText('29 September 2025');
});

test('a retired certification carries a banner with its date and where to go now', async ({ page }) => {
  await page.goto('/certifications/machine-learning-specialty/');
  const banner = page.getByRole('note').filter({ hasText: 'Retired.' });
  await expect(banner).toContainText('31 March 2026');
  await expect(banner.getByRole('link', { name: 'Machine Learning Engineer – Associate' })).toBeVisible();
});

test('every page in the sitemap returns 200 and has exactly one h1', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(150);
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.request.get(path);
    if (response.status() !== 200) {
      problems.push(`${path}: status ${response.status()}`);
      continue;
    }
    const h1s = (await response.text()).match(/<h1[\s>]/g)?.length ?? 0;
    if (h1s !== 1) problems.push(`${path}: ${h1s} h1 elements`);
  }
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the catalogue is a complete, readable table', async ({ page }) => {
    await page.goto('/certifications/');
    await expect(page.locator('tbody tr')).toHaveCount(16);
    await expect(page.getByRole('row', { name: /SAP on AWS – Specialty/ })).toContainText('Retired');
    await expect(page.locator('form.filters')).toBeHidden();
  });

  test('a certification page shows its facts, domains and sources', async ({ page }) => {
    await page.goto('/certifications/security-specialty/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Certified Security – Specialty');
    await expect(page.locator('dl.facts')).toContainText('SCS-C03');
    await expect(page.getByRole('list', { name: /Exam domains/ }).getByRole('listitem')).toHaveCount(6);
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    // The header's search button falls back to a link to the catalogue.
    await expect(page.getByRole('banner').getByRole('link', { name: /Search/ })).toHaveAttribute(
      'href',
      '/certifications/',
    );
  });
});
