// Runs every check in order (types, unit, build, end-to-end) and ends with one line:
// `N passed, N failed` across vitest and playwright (skipped tests are reported on the line before). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

if (process.argv.includes('--help')) {
  console.log('Usage: npm test\nRuns astro check, the unit tests, the production build and the end-to-end tests.');
  process.exit(0);
}

// A browser first: without one the end-to-end tests would fail by the hundred after minutes of build.
const { findChromium, NO_BROWSER_MESSAGE } = await import('../tools/chromium.ts');
if (!findChromium()) {
  console.error(NO_BROWSER_MESSAGE);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const reports = { vitest: 'reports/vitest.json', playwright: 'reports/playwright.json' };
mkdirSync('reports', { recursive: true });
for (const file of Object.values(reports)) rmSync(file, { force: true });

/** Runs one npm/npx step with inherited output; returns true when it exits 0. */
function step(label, command, args) {
  console.log(`\n--- ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return result.status === 0;
}

const failedSteps = [];
if (!step('types, formatting and lint (npm run check)', 'npm', ['run', '--silent', 'check']))
  failedSteps.push('npm run check');
if (!step('unit tests (vitest)', 'npm', ['run', '--silent', 'test:unit'])) failedSteps.push('unit tests');
const built = step('production build (astro build)', 'npx', ['astro', 'build']);
if (!built) failedSteps.push('astro build');
if (built && !step('end-to-end tests (playwright)', 'npx', ['playwright', 'test']))
  failedSteps.push('end-to-end tests');

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const vitest = read(reports.vitest);
const playwright = read(reports.playwright)?.stats;
let passed = 0;
let failed = 0;
let skipped = 0;
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
if (playwright) {
  passed += playwright.expected + playwright.flaky;
  failed += playwright.unexpected;
  skipped += playwright.skipped;
}
// A step that failed without reporting a failed test (type errors, a broken build) still counts.
const unreported = failedSteps.filter(
  (s) => !(s === 'unit tests' && vitest?.numFailedTests) && !(s === 'end-to-end tests' && playwright?.unexpected),
);
failed += unreported.length;
if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`);
if (skipped > 0) console.log(`${skipped} skipped (a skipped test proves nothing: un-skip or delete it)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
