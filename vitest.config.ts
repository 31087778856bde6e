/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    // tests/unit: logic, no build (npm run test:quick); tests/build: tests that build whole sites.
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    // The test files share no state (no module mocks, no globals), so each worker loads the modules once for all of
    // its files instead of once per file: half the CPU of the unit tests.
    isolate: false,
    // npm test runs vitest beside astro check and Playwright on two cores: a test that starts a script can wait
    // seconds for a core. Timeouts are for hung tests, not slow machines.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
