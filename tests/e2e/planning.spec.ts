import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test } from './fixtures';
import { DIST } from './built-site';

test('the path finder lands on the same result with JavaScript and without it', async ({ page, browser }) => {
  await page.goto('/path-finder/');
  await page.getByLabel('Where do you want to go?').selectOption({ label: 'Network engineer' });
  await page.getByLabel('Years of hands-on AWS work').fill('3');
  await page.getByRole('button', { name: 'Find my path' }).click();
  await expect(page).toHaveURL(/\/path-finder\/network-engineer\/experienced\/\?years=3$/);
  const stepTitles = async (p: import('@playwright/test').Page) =>
    (await p.locator('.path-steps h3').allTextContents()).map((t) => t.trim());
  const withScript = await stepTitles(page);
  expect(withScript).toEqual([
    'AWS Certified Solutions Architect – Associate',
    'AWS Certified Advanced Networking – Specialty',
  ]);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await context.newPage();
  await noScript.goto('/path-finder/');
  // Without JavaScript the form reloads this page; the browse table leads to the same result.
  await noScript.getByRole('button', { name: 'Find my path' }).click();
  await expect(noScript).toHaveURL(/\/path-finder\/\?goal=/);
  await noScript.getByRole('link', { name: 'Path for Network engineer, experience: Two years or more' }).click();
  await expect(noScript).toHaveURL(/\/path-finder\/network-engineer\/experienced\/$/);
  expect(await stepTitles(noScript)).toEqual(withScript);
  await context.close();
});

test('a path-finder link with held certifications is personalised and links to the planner', async ({ page }) => {
  await page.goto('/path-finder/network-engineer/experienced/?years=3&held=solutions-architect-associate');
  await expect(page.locator('.path-steps h3')).toHaveText(['AWS Certified Advanced Networking – Specialty']);
  await expect(page.getByText(/already holding Solutions Architect – Associate/)).toBeVisible();
  await expect(page.getByRole('link', { name: /Plan the fees/ })).toHaveAttribute(
    'href',
    '/planner/?c=advanced-networking-specialty&held=solutions-architect-associate',
  );
});

test('a planner URL reproduces its state: fees with vouchers and a retake, schedule and renewals', async ({ page }) => {
  await page.goto(
    '/planner/?c=cloud-practitioner,solutions-architect-associate&retake=solutions-architect-associate&study=30&hours=10&held=developer-associate:2024-05-01',
  );
  await expect(page.getByRole('checkbox', { name: 'Take Cloud Practitioner' })).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Budget a retake of Solutions Architect – Associate' }),
  ).toBeChecked();
  await expect(page.getByLabel('Day I earned Developer – Associate')).toHaveValue('2024-05-01');
  await expect(page.getByText('Total: USD 325 (USD 400 at list price without vouchers).')).toBeVisible();
  await expect(page.getByRole('table', { name: 'One exam at a time' })).toContainText('4–6');
  await expect(page.getByRole('table', { name: /When what you hold expires/ })).toContainText('1 May 2027');
  await expect(page.getByText(/Passing DevOps Engineer – Professional \(DOP-C02\) renews the most/)).toBeVisible();

  await page.getByRole('checkbox', { name: 'Take Solutions Architect – Professional' }).check();
  await expect(page).toHaveURL(/c=cloud-practitioner,solutions-architect-associate,solutions-architect-professional/);
  await expect(page.getByText(/^Total: USD 475/)).toBeVisible();
});

test('the changes feed parses as XML and lists the newest change first', async ({ page }) => {
  const xml = await (await page.request.get('/changes.xml')).text();
  await page.goto('/');
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('item')].map((item) =>
      new Date(item.querySelector('pubDate')?.textContent ?? '').getTime(),
    );
  }, xml);
  expect(items).not.toBeNull();
  expect(items?.length).toBeGreaterThan(10);
  expect(items).toEqual([...(items ?? [])].sort((a, b) => b - a));
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/changes.xml',
  );
});

test('the JSON export validates against the published schema and round-trips every certification', () => {
  const schema = JSON.parse(readFileSync(path.join(DIST, 'data/certifications.schema.json'), 'utf8'));
  const document = JSON.parse(readFileSync(path.join(DIST, 'data/certifications.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  expect(validate(document), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
  expect(document.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(document.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const pages = document.certifications.map((c: { slug: string }) => c.slug).sort();
  expect(pages).toHaveLength(16);
  // Round trip: what the JSON says is what each page shows.
  for (const cert of document.certifications as { slug: string; examCode: string; exam: { priceUsd: number } }[]) {
    const html = readFileSync(path.join(DIST, 'certifications', cert.slug, 'index.html'), 'utf8');
    expect(html).toContain(cert.examCode);
    expect(html).toContain(`USD ${cert.exam.priceUsd}`);
  }
  // An invalid document is rejected, so the check can fail.
  expect(validate({ ...document, certifications: [{ ...document.certifications[0], tier: 'expert' }] })).toBe(false);
});

test('the CSV export has a header and one row per certification', () => {
  const csv = readFileSync(path.join(DIST, 'data/certifications.csv'), 'utf8').trim().split('\r\n');
  expect(csv[0]?.startsWith('slug,title,short_name,exam_code')).toBe(true);
  expect(csv).toHaveLength(17);
});

test('the overlap matrix links every cell to a comparison', async ({ page }) => {
  await page.goto('/compare/overlap/');
  const table = page.getByRole('table', { name: /Share of covered services/ });
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await table
    .getByRole('link', { name: /shared between Developer – Associate and Solutions Architect – Associate/ })
    .click();
  await expect(page).toHaveURL(/\/compare\/developer-associate-vs-solutions-architect-associate\/$/);
});
