/** Debian's Chromium; override with CHROMIUM_PATH. Playwright never downloads a browser here. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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

/** Port of `astro preview` for the tests (not 4321: a running `astro dev` there would be reused). */
export const PREVIEW_PORT = Number(process.env['E2E_PORT'] ?? 4399);

/** Port of scripts/serve-dist.mjs, which serves dist/ with the security headers of dist/_headers. */
export const HEADERS_PORT = Number(process.env['E2E_HEADERS_PORT'] ?? 4398);
