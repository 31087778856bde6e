// Writes public/_headers and deploy/cloudfront-response-headers-policy.json from src/build/security-headers.ts.
import { writeFileSync } from 'node:fs';
import { cloudFrontResponseHeadersPolicy, renderHeadersFile } from '../src/build/security-headers.ts';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run headers\nRegenerates public/_headers (static hosts) and deploy/cloudfront-response-headers-policy.json.',
  );
  process.exit(0);
}
writeFileSync('public/_headers', renderHeadersFile());
writeFileSync(
  'deploy/cloudfront-response-headers-policy.json',
  `${JSON.stringify(cloudFrontResponseHeadersPolicy(), null, 2)}\n`,
);
console.log('wrote public/_headers and deploy/cloudfront-response-headers-policy.json');
