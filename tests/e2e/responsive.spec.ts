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
  for (const path of samples) {
    test(`${path} has no horizontal page scroll (wide tables scroll inside their own box)`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('a certification page prints cleanly: light colours, no navigation or search', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/certifications/security-specialty/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('site-search')).toBeHidden();
  await expect(page.locator('dl.facts').first()).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});
