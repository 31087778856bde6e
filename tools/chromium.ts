import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Where Debian puts Chromium's headless shell (package chromium-headless-shell), then the full Chromium (Debian and
 * Ubuntu). The shell comes first: it is the browser Playwright itself runs headless tests in, and measured here a new
 * browser context with one page load costs about 0.6 CPU-seconds in it against 2.2 in the full browser's headless
 * mode, which made the end-to-end tests outside the sweep 2.4 times faster (3.4 → 1.4 min).
 */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The three ways to get a browser, said once when none is found. */
export const NO_BROWSER_MESSAGE = [
  'No Chromium found for the end-to-end tests. Any one of these works:',
  '  1. CHROMIUM_PATH=/path/to/chromium npm test        (a Chromium or Chrome you already have)',
  "  2. sudo apt-get install chromium-headless-shell   (Debian's headless Chromium; the chromium package works too)",
  "  3. npx playwright install chromium                 (Playwright's own Chromium, where the machine can download it)",
].join('\n');

/**
 * The Chromium the tests launch: CHROMIUM_PATH when set (and only it), else the system's headless shell or Chromium,
 * else Playwright's managed one when it has been installed. Undefined when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env['CHROMIUM_PATH'];
  if (given) return existsSync(given) ? given : undefined;
  return [...SYSTEM_CHROMIUM, chromium.executablePath()].find((candidate) => existsSync(candidate));
}

/** The browser every test and benchmark launches (the message above explains an empty one). */
export const CHROMIUM_PATH = findChromium() ?? '';

/** Flags that keep Chromium off the network, which these machines do not reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How every test and benchmark launches Chromium (Playwright's own default when none was found). */
export const CHROMIUM_LAUNCH = { args: CHROMIUM_ARGS, ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}) };

/**
 * How the end-to-end tests launch it, cheaper for pages that live a second or two. Without V8's optimising compiler:
 * optimised code for such a page (Playwright's injected script and axe above all) is mostly thrown away unused. V8
 * single-threaded (no background compile or GC threads): on 2 cores those threads only compete with the other half
 * of the suite. With one renderer process at a time: each test's new browser context would otherwise start a
 * renderer of its own. Each of the three cut the suite's processor time when measured on 2 cores. Not for the
 * benchmarks, which measure what a reader's browser does.
 */
export const TEST_CHROMIUM_LAUNCH = {
  ...CHROMIUM_LAUNCH,
  args: [...CHROMIUM_ARGS, '--js-flags=--no-opt --single-threaded', '--renderer-process-limit=1'],
};

/**
 * Port the end-to-end tests serve dist/ on, with scripts/serve-dist.mjs and the security headers of dist/_headers
 * (not 4321: a running `astro dev` there would be reused).
 */
export const SITE_PORT = Number(process.env['E2E_PORT'] ?? 4399);
