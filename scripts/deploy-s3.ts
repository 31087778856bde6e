// Publishes dist/ to S3 (and invalidates CloudFront) with the AWS CLI; --dry-run prints the commands only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { deployCommands } from '../src/build/deploy-plan.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (args.includes('--help')) {
  console.log(`Usage: npm run deploy:s3 -- --bucket NAME [--distribution ID] [--dry-run]
Syncs dist/ to s3://NAME: hashed assets cached for a year, HTML, data and Pagefind entry files revalidated
on every request; then invalidates the HTML paths on the CloudFront distribution. See docs/deploy.md.
Environment: AWS_BUCKET and AWS_CLOUDFRONT_DISTRIBUTION_ID can replace the flags.`);
  process.exit(0);
}
const bucket = option('--bucket') ?? process.env['AWS_BUCKET'];
const distributionId = option('--distribution') ?? process.env['AWS_CLOUDFRONT_DISTRIBUTION_ID'];
const dryRun = args.includes('--dry-run');
if (!bucket) {
  console.error('Missing --bucket NAME (or AWS_BUCKET). Run with --help for usage.');
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ has no build: run npm run build first.');
  process.exit(2);
}
const files = readdirSync('dist', { recursive: true, encoding: 'utf8' }).map((f) => f.replace(/\\/g, '/'));
const commands = deployCommands(files, { bucket, distributionId });
if (dryRun) {
  console.log('Dry run: these commands would run:');
  for (const command of commands) console.log(`  ${command.map((a) => (/[\s*]/.test(a) ? `'${a}'` : a)).join(' ')}`);
  process.exit(0);
}
if (spawnSync('aws', ['--version'], { stdio: 'ignore' }).status !== 0) {
  console.error('The AWS CLI is not installed or not on PATH. Install it, or use --dry-run to see the commands.');
  process.exit(1);
}
for (const [program, ...rest] of commands) {
  console.log(`$ ${program} ${rest.join(' ')}`);
  const result = spawnSync(program ?? 'aws', rest, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
