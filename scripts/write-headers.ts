// Writes public/_headers from src/lib/security-headers.ts (run after changing the theme script or the policy).
import { writeFileSync } from 'node:fs';
import { renderHeadersFile } from '../src/lib/security-headers.ts';

if (process.argv.includes('--help')) {
  console.log('Usage: npm run headers\nRegenerates public/_headers (security headers for static hosts).');
  process.exit(0);
}
writeFileSync('public/_headers', renderHeadersFile());
console.log('wrote public/_headers');
