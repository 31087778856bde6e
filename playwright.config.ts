import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH, HEADERS_PORT, PREVIEW_PORT as PORT } from './tools/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  // No trace recording: it cost 40% of the suite's time. Debug a failure with `npx playwright test --trace on`.
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: CHROMIUM_LAUNCH,
      },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      // dist/ served with the security headers of dist/_headers, as a static host would.
      command: `node scripts/serve-dist.mjs --port ${HEADERS_PORT}`,
      url: `http://127.0.0.1:${HEADERS_PORT}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 30_000,
    },
  ],
});
