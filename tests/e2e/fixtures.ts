import { test as base, expect, type Page } from '@playwright/test';

/** Collects console errors and failed page scripts so a test can assert there were none. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

/** Waits until the header search is upgraded by its script, then opens it with the keyboard. */
export async function openSearchWithKeyboard(page: Page, key = 'Control+k'): Promise<void> {
  await expect(page.getByRole('banner').locator('.search-link kbd')).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
}
