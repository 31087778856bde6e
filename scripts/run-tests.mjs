// Runs every check (types, unit, build, end-to-end) and ends with one line:
// `N passed, N failed` across vitest and playwright (skipped tests are reported on the line before). Exits non-zero on any failure.
import { spawn } from 'node:child_process';
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
// And Java for the HTML checker (vnu.jar), for the same reason.
const { findJava, NO_JAVA_MESSAGE } = await import('../tools/html-validator.ts');
if (!findJava()) {
  console.error(NO_JAVA_MESSAGE);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// SOURCE_DATE_EPOCH runs the whole suite as of another day: every build (the production one and the fixture sites)
// describes that day, and the tests take their expectations from the data of the build they test.
if (process.env.SOURCE_DATE_EPOCH) {
  const { buildDay } = await import('../src/build/build-date.ts');
  console.log(`--- the site is built as of ${buildDay()} (SOURCE_DATE_EPOCH=${process.env.SOURCE_DATE_EPOCH})`);
}

const reports = { vitest: 'reports/vitest.json', playwright: 'reports/playwright.json' };
mkdirSync('reports', { recursive: true });
for (const file of Object.values(reports)) rmSync(file, { force: true });

/**
 * Runs one step (a program and its arguments), its output collected and printed as one block when it ends; resolves
 * true on exit 0.
 */
function step(label, command, args) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n--- ${label}\n${Buffer.concat(output).toString()}`);
      console.log(`--- ${label}: ${code === 0 ? 'done' : 'FAILED'} in ${seconds} s`);
      resolve(code === 0);
    });
  });
}

// Two cores, four jobs: the build comes first (the end-to-end tests need it); then type checks, the vitest suite
// and the end-to-end tests run side by side, since each alone leaves a core idle much of the time. The content sync
// the vitest suite needs runs before the build, so no two steps write .astro/ at once.
const { packageCommand } = await import('../tools/package-bin.ts');
const failedSteps = [];
const synced = await step('content sync for the unit tests', process.execPath, ['scripts/sync-test-content.mjs']);
const built = await step('production build (astro build)', ...packageCommand('astro', ['build']));
if (!built) failedSteps.push('astro build');
const [checked, unit, e2e] = await Promise.all([
  step('types, formatting and lint (npm run check)', 'npm', ['run', '--silent', 'check']),
  synced ? step('unit and build tests (vitest)', ...packageCommand('vitest', ['run'])) : false,
  built ? step('end-to-end tests (playwright)', ...packageCommand('@playwright/test', ['test'])) : true,
]);
if (!checked) failedSteps.unshift('npm run check');
if (!unit) failedSteps.push('unit tests');
if (!e2e) failedSteps.push('end-to-end tests');

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
