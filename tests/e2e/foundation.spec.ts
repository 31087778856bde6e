import { expect, test } from './fixtures';

test('the home page loads with its title, landmarks and no console errors', async ({ page, consoleErrors }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('AWS Certification Guide');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('not affiliated with');
  expect(consoleErrors).toEqual([]);
});

test('a reader reaches the Cloud Practitioner page from the home page', async ({ page, consoleErrors }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cloud Practitioner', exact: true }).first().click();
  await expect(page).toHaveURL(/\/certifications\/cloud-practitioner\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS Certified Cloud Practitioner');
  expect(consoleErrors).toEqual([]);
});

test('the Cloud Practitioner page shows its exam facts, sources and last-verified date by URL', async ({
  page,
  consoleErrors,
}) => {
  const response = await page.goto('/certifications/cloud-practitioner/');
  expect(response?.status()).toBe(200);
  const facts = page.getByRole('region', { name: /^The exam:/ }).locator('dl.facts');
  await expect(facts).toContainText('CLF-C02');
  await expect(facts).toContainText('90 minutes');
  await expect(facts).toContainText('65 (50 scored, 15 unscored)');
  await expect(facts).toContainText('USD 100');
  await expect(facts).toContainText('700 of 1000');
  await expect(page.getByRole('list', { name: /Exam domains of CLF-C02/ })).toContainText('Security and Compliance');
  await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  await expect(page.getByText(/Facts last verified against evidence dated \d+ \w+ \d{4}/)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an unknown URL gets the 404 page with status 404 and ways back', async ({ page }) => {
  const response = await page.goto('/certifications/no-such-exam/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /Browse every certification/ })).toHaveAttribute(
    'href',
    '/certifications/',
  );
  await expect(page.getByRole('main').getByRole('link', { name: /Search the guide/ })).toHaveAttribute(
    'href',
    '/search/',
  );
});

test('the theme toggle switches to dark, persists across pages and leaves no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /Colour theme/ });
  await toggle.click(); // auto → light
  await toggle.click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/certifications/cloud-practitioner/');
  // The inline head script applies the stored theme before first paint.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(17, 22, 29)');
});

test('with storage blocked by the browser, the theme toggle still switches the page and nothing throws', async ({
  page,
  consoleErrors,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: /Colour theme/ });
  await expect(toggle).toHaveAccessibleName('Colour theme: auto. Change theme');
  await toggle.click();
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAccessibleName('Colour theme: dark. Change theme');
  expect(consoleErrors).toEqual([]);
});
