import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBase, rebaseLink, routes, routesUnder, withBase } from '../../src/lib/site/routes';

describe('routes under a base path (src/lib/site/routes.ts)', () => {
  it('writes every base in one shape: leading and trailing slash', () => {
    for (const written of ['', '/', undefined, '//']) expect(normaliseBase(written), String(written)).toBe('/');
    for (const written of ['aws-guide', '/aws-guide', 'aws-guide/', '/aws-guide/', '//aws-guide//'])
      expect(normaliseBase(written), written).toBe('/aws-guide/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
  });

  it('puts every address under the base, once', () => {
    const under = routesUnder('/aws-guide');
    expect(under.home).toBe('/aws-guide/');
    expect(under.certification('developer-associate')).toBe('/aws-guide/certifications/developer-associate/');
    expect(under.change('x', 2)).toBe('/aws-guide/changes/page/2/#x');
    expect(under.compareWith(['a', 'b'])).toBe('/aws-guide/compare/?c=a,b');
    expect(under.plannerWith(new URLSearchParams({ c: 'a,b', hours: '5' }))).toBe('/aws-guide/planner/?c=a,b&hours=5');
    expect(under.data('certifications.json')).toBe('/aws-guide/data/certifications.json');
    expect(under.pagefind).toBe('/aws-guide/pagefind/');
    // Every address, whatever its shape, starts with the base.
    const argumentsFor: Record<string, unknown[]> = { compareWith: [['a', 'b']], plannerWith: [new URLSearchParams()] };
    for (const [name, value] of Object.entries(under)) {
      const address =
        typeof value === 'function'
          ? (value as (...a: unknown[]) => string)(...(argumentsFor[name] ?? ['x', 'y']))
          : value;
      expect(address.startsWith('/aws-guide/'), `${name}: ${address}`).toBe(true);
    }
  });

  it('leaves the addresses of a root build exactly as they were', () => {
    const root = routesUnder('/');
    expect(root.home).toBe('/');
    expect(root.catalogue).toBe('/certifications/');
    expect(root.guide('x')).toBe('/guides/x/');
    // The unit tests build for the root, as `npm run build` does.
    expect(routes.base).toBe('/');
    expect(routes.certification('x')).toBe(root.certification('x'));
  });

  it('refuses a relative path, which would resolve against the reader’s current page', () => {
    expect(() => withBase('certifications/', '/aws-guide/')).toThrow(/root-relative path starting with "\/"/);
  });

  it('rebases root-relative links written in content, and nothing else', () => {
    const base = '/aws-guide/';
    expect(rebaseLink('/certifications/x/', base)).toBe('/aws-guide/certifications/x/');
    expect(rebaseLink('/', base)).toBe('/aws-guide/');
    expect(rebaseLink('/aws-guide/certifications/x/', base)).toBe('/aws-guide/certifications/x/');
    expect(rebaseLink('/aws-guide', base)).toBe('/aws-guide');
    for (const other of ['https://aws.amazon.com/', '//cdn.example/x', '#who-it-suits', 'x/', 'mailto:a@b.c'])
      expect(rebaseLink(other, base), other).toBe(other);
    expect(rebaseLink('/certifications/x/', '/')).toBe('/certifications/x/');
  });
});

/*
 * A lint for hand-built internal addresses: every one must come from src/lib/site/routes.ts, so that a route moves in one
 * edit and the site works under any base path. It reads the source, not the build, so it names the file and line.
 */

/** What a hand-built internal address looks like in a template, a script or a module. */
const handBuilt: { name: string; pattern: RegExp }[] = [
  { name: 'an attribute set to a root-relative path', pattern: /\b(href|src|action|srcset|poster)=["']\// },
  {
    name: 'a property or prop set to a root-relative literal',
    pattern: /\b(href|src|action|url|link|path|canonicalPath|base|\$id)\s*[:=]\s*\{?\s*["'`]\//,
  },
  { name: 'a fetch or import of a root-relative literal', pattern: /\b(fetch|import)\(\s*["'`]\// },
  { name: 'a literal that starts like a site path', pattern: /["'`]\/[a-z_][a-z0-9_-]*(\/|\.[a-z]{2,4}\b)/ },
];

/** Files allowed to spell paths: the routes module itself, and two that name files inside dist/ for hosts. */
const allowed = new Set([
  'src/lib/site/routes.ts',
  // Paths of files in dist/ to invalidate on CloudFront after an upload, not addresses a page links to.
  'src/build/deploy-plan.ts',
  // Header rules of dist/_headers, matched by the host against paths inside the deployed folder.
  'src/build/security-headers.ts',
]);

/** The source files under `dir`, as paths relative to the project. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(astro|ts|mjs|js)$/.test(entry.name))
    .map((entry) => path.relative(process.cwd(), path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** `file:line: what` for each hand-built address in `text`; comment lines are skipped. */
export function findHandBuiltAddresses(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    if (/^\s*(\/\/|\/\*|\*)/.test(line)) return [];
    const hit = handBuilt.find(({ pattern }) => pattern.test(line));
    return hit ? [`${file}:${i + 1}: ${hit.name}: ${line.trim()}`] : [];
  });
}

describe('one routes module for every internal address', () => {
  it('finds each kind of hand-built address (the lint can fail)', () => {
    const planted = [
      '<a href="/certifications/">',
      "{ label: 'Compare', href: '/compare/' }",
      "const r = await fetch('/data/certifications.json');",
      'const url = `/certifications/${slug}/`;',
      '<link rel="icon" href=\'/favicon.svg\' />',
      "crumbs={[{ label: 'Home', href: '/' }]}",
    ];
    for (const line of planted) expect(findHandBuiltAddresses('planted.astro', line), line).toHaveLength(1);
    for (const line of ['href={routes.catalogue}', "text.split('/')", '/[",\\r\\n]/.test(text)', 'a / b'])
      expect(findHandBuiltAddresses('fine.ts', line), line).toEqual([]);
  });

  it('finds none in src/ outside src/lib/site/routes.ts', () => {
    const found = sourceFiles('src')
      .filter((file) => !allowed.has(file))
      .flatMap((file) => findHandBuiltAddresses(file, readFileSync(file, 'utf8')));
    expect(found, 'build these addresses with src/lib/site/routes.ts').toEqual([]);
  });
});
