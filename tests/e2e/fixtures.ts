import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Page,
  type ViewportSize,
} from '@playwright/test';
import type { z } from 'astro/zod';
import type { certificationsDocumentSchema } from '../../src/schemas/open-data';

/** The browser options a test may set with test.use: tests that set the same ones share a tab. */
interface TabOptions {
  viewport: ViewportSize | null;
  javaScriptEnabled: boolean;
  isMobile: boolean;
  hasTouch: boolean;
  colorScheme: 'light' | 'dark' | 'no-preference' | null;
}

/** A worker's reusable tab for one set of options, thrown away when a test did something a reset cannot undo. */
interface Tab {
  context: BrowserContext;
  page: Page;
  tainted: boolean;
}

/** Page events a test may listen to; a reset removes the listeners it left. */
const PAGE_EVENTS = [
  'console',
  'pageerror',
  'request',
  'requestfinished',
  'requestfailed',
  'response',
  'dialog',
  'popup',
  'framenavigated',
  'load',
  'domcontentloaded',
] as const;

/** Methods whose effect on a page or context outlives the test: calling one retires the tab after the test. */
const LASTING = ['addInitScript', 'exposeFunction', 'exposeBinding', 'setExtraHTTPHeaders'] as const;

async function openTab(browser: Browser, options: TabOptions): Promise<Tab> {
  const context = await browser.newContext(options);
  const tab: Tab = { context, page: await context.newPage(), tainted: false };
  for (const target of [tab.page, context] as unknown as Record<string, (...args: unknown[]) => unknown>[]) {
    for (const name of LASTING) {
      const original = target[name]?.bind(target);
      if (original)
        target[name] = (...args: unknown[]) => {
          tab.tainted = true;
          return original(...args);
        };
    }
  }
  return tab;
}

/** Leaves the tab as a new one would be, or reports false when it cannot. */
async function resetTab(tab: Tab, options: TabOptions): Promise<boolean> {
  if (tab.tainted || tab.page.isClosed()) return false;
  try {
    for (const event of PAGE_EVENTS) tab.page.removeAllListeners(event);
    await tab.context.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.page.unrouteAll({ behavior: 'ignoreErrors' });
    for (const other of tab.context.pages()) if (other !== tab.page) await other.close();
    if (/^https?:/.test(tab.page.url()))
      await tab.page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    await tab.context.clearCookies();
    await tab.context.clearPermissions();
    await tab.page.emulateMedia({ media: null, colorScheme: options.colorScheme, reducedMotion: null });
    if (options.viewport) await tab.page.setViewportSize(options.viewport);
    await tab.page.mouse.move(0, 0);
    await tab.page.goto('about:blank');
    return true;
  } catch {
    return false;
  }
}

/**
 * `context` and `page` come from a tab each worker keeps and resets between tests (listeners, routes, storage,
 * cookies, media, viewport, mouse), one tab per set of test.use options. A new context and tab for every test cost
 * about 0.8 CPU-s, most of what a short test costs (40 one-page tests: 53 -> 20 CPU-s). A test that calls something a
 * reset cannot undo (addInitScript, exposeFunction, ...) still gets this tab, which is thrown away after it. Tests
 * that need a browser of their own make it with browser.newContext().
 */
export const test = base.extend<{ consoleErrors: string[] }, { tabs: Map<string, Tab> }>({
  tabs: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const tabs = new Map<string, Tab>();
      await use(tabs);
      for (const tab of tabs.values()) await tab.context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ browser, tabs, viewport, javaScriptEnabled, isMobile, hasTouch, colorScheme }, use) => {
    const options: TabOptions = { viewport, javaScriptEnabled, isMobile, hasTouch, colorScheme };
    const key = JSON.stringify(options);
    const tab = tabs.get(key) ?? (await openTab(browser, options));
    tabs.set(key, tab);
    await use(tab.context);
    if (!(await resetTab(tab, options))) {
      tabs.delete(key);
      await tab.context.close().catch(() => undefined);
    }
  },
  page: async ({ context, tabs }, use) => {
    const tab = [...tabs.values()].find((t) => t.context === context);
    await use(tab?.page ?? (await context.newPage()));
  },
  /** Collects console errors and failed page scripts so a test can assert there were none. */
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

/** A certification as /data/certifications.json publishes it (src/schemas/open-data.ts): one shape for every test. */
export type PublishedCertification = z.output<typeof certificationsDocumentSchema>['certifications'][number];

/** Every certification of the served build's /data/certifications.json. */
export async function publishedCertifications(page: Page): Promise<PublishedCertification[]> {
  const response = await page.request.get('/data/certifications.json');
  return ((await response.json()) as z.output<typeof certificationsDocumentSchema>).certifications;
}

/** The fee and minutes of the exam a reader would sit on the build day: a beta's own while it is in beta. */
export function examToday(cert: PublishedCertification): { fee: number | undefined; minutes: number | undefined } {
  const version = cert.versions.find((v) => v.code === cert.currentVersion);
  const beta = cert.status === 'beta' ? version?.beta?.format : undefined;
  return {
    fee: beta?.priceUsd ?? version?.format.priceUsd,
    minutes: beta?.minutes ?? version?.format.minutes,
  };
}
