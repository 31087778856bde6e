import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The production build the end-to-end tests run against. */
export const DIST = path.resolve('dist');

/** Every HTML file in dist/, as site paths ('/certifications/x/') with their markup. */
export function builtPages(): { urlPath: string; file: string; html: string }[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => {
      const urlPath = `/${f.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
      return { urlPath, file: path.join(DIST, f), html: readFileSync(path.join(DIST, f), 'utf8') };
    });
}

/** True for the stub pages that only redirect a former name. */
export const isRedirectStub = (html: string): boolean => html.includes('http-equiv="refresh"');

/** Gzipped size in bytes. */
export const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** Values of one attribute on every matching tag, e.g. all `href`s of `<a>`. */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const tags = html.match(new RegExp(`<${tag}\\b[^>]*>`, 'gi')) ?? [];
  return tags.flatMap((t) => {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`, 'i').exec(t)?.[1];
    return value === undefined ? [] : [value];
  });
}

/** Every id declared in the markup. */
export const idsOf = (html: string): string[] => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '');

/** The dist file a site path resolves to, or undefined. */
export function fileForPath(urlPath: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  for (const candidate of [clean, path.posix.join(clean, 'index.html')]) {
    const rel = candidate.replace(/^\//, '');
    if (files.has(rel)) return rel;
  }
  return undefined;
}
