/** Cache-Control for files whose names carry a content hash: cache for a year, never revalidate. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cache-Control for HTML, data and Pagefind's entry files: always revalidate. */
export const SHORT_LIVED = 'public, max-age=0, must-revalidate';

export interface DeployTarget {
  bucket: string;
  distributionId?: string | undefined;
  dist?: string;
}

/** Pagefind's entry points keep their names between builds; everything else under pagefind/ is hashed. */
const PAGEFIND_ENTRY = ['pagefind/pagefind-entry.json', 'pagefind/*.js', 'pagefind/*.css'];

/** The CloudFront paths to invalidate: every HTML route (per top-level folder) and the unhashed files. */
export function invalidationPaths(files: readonly string[]): string[] {
  const paths = new Set<string>(['/', '/404.html', '/pagefind/pagefind-entry.json', '/pagefind/*.js']);
  for (const file of files) {
    const [top, ...rest] = file.split('/');
    const isFolder = !(file.split('/').at(-1) ?? '').includes('.');
    if (!top || top === '_astro' || top === 'pagefind' || top === '_headers' || (isFolder && rest.length === 0))
      continue;
    if (rest.length === 0) paths.add(`/${top}`);
    else paths.add(`/${top}/*`);
  }
  return [...paths].sort();
}

/** The AWS CLI commands that publish dist/ to S3 with the right Cache-Control, then invalidate CloudFront. */
export function deployCommands(files: readonly string[], target: DeployTarget): string[][] {
  const dist = target.dist ?? 'dist';
  const s3 = `s3://${target.bucket}`;
  /** `aws s3 sync` of one folder of dist/ to the same folder of the bucket, with one Cache-Control. */
  const sync = (folder: string, cacheControl: string, ...filters: string[]) => [
    'aws',
    's3',
    'sync',
    folder ? `${dist}/${folder}` : dist,
    folder ? `${s3}/${folder}` : s3,
    '--cache-control',
    cacheControl,
    ...filters,
  ];
  const entryNames = PAGEFIND_ENTRY.map((p) => p.replace('pagefind/', ''));
  const commands: string[][] = [
    sync('_astro', IMMUTABLE),
    sync('pagefind', IMMUTABLE, ...entryNames.flatMap((name) => ['--exclude', name])),
    sync('pagefind', SHORT_LIVED, '--exclude', '*', ...entryNames.flatMap((name) => ['--include', name])),
    sync('', SHORT_LIVED, '--exclude', '_astro/*', '--exclude', 'pagefind/*', '--delete'),
  ];
  if (target.distributionId) {
    commands.push([
      'aws',
      'cloudfront',
      'create-invalidation',
      '--distribution-id',
      target.distributionId,
      '--paths',
      ...invalidationPaths(files),
    ]);
  }
  return commands;
}
