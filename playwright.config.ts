import { defineConfig, devices } from '@playwright/test';
import { SITE_PORT, TEST_CHROMIUM_LAUNCH } from './tools/chromium';
import { AXE_MOUNT } from './tests/e2e/axe';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  // No trace recording: it cost 40% of the suite's time. Debug a failure with `npx playwright test --trace on`.
  use: { baseURL: `http://127.0.0.1:${SITE_PORT}`, trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: TEST_CHROMIUM_LAUNCH,
      },
    },
  ],
  // dist/ served the way a static host serves it, with the headers of dist/_headers (scripts/serve-dist.mjs): every
  // test reads the site a reader gets, Content-Security-Policy included. axe-core is served beside it (AXE_MOUNT).
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${SITE_PORT} --mount "${AXE_MOUNT.urlPath}=${AXE_MOUNT.folder}"`,
    url: `http://127.0.0.1:${SITE_PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
