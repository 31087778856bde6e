// Vitest runs Vite in serve mode, so `astro:content` reads the dev data store in .astro/.
// `astro sync` writes to node_modules/.astro by default; point it at .astro/ before the unit tests.
// (It must run as its own process: inside vitest, Astro's Vite config stubs the `astro` module.)
import { sync } from 'astro';

if (process.argv.includes('--help')) {
  console.log('Usage: node scripts/sync-test-content.mjs\nSyncs content collections into .astro/ for the unit tests.');
  process.exit(0);
}
await sync({ root: process.cwd(), cacheDir: './.astro/', logLevel: 'warn' });
