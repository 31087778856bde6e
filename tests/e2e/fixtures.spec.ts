// The reused tab of fixtures.ts must look new to every test: what one test leaves behind, the next never sees.
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

let firstPage: unknown;

test('a test leaves state behind: a stored theme, a cookie, a listener, a route, dark mode, a small window', async ({
  page,
  context,
}) => {
  firstPage = page;
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('theme', 'dark');
    sessionStorage.setItem('left', 'behind');
  });
  await context.addCookies([{ name: 'left', value: 'behind', url: page.url() }]);
  page.on('console', () => {
    throw new Error('a listener from the previous test ran');
  });
  await page.route('**/*.svg', (route) => route.abort());
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 400, height: 400 });
});

test('the next test in the worker gets the same tab, as new', async ({ page, context }) => {
  // The same tab: otherwise this test proves nothing about the reset.
  expect(page).toBe(firstPage);
  expect(page.url()).toBe('about:blank');
  expect(page.viewportSize()).toEqual(test.info().project.use.viewport);
  await page.goto('/');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => console.log('no listener left to throw'));
  expect((await page.goto('/favicon.svg'))?.status()).toBe(200);
});
