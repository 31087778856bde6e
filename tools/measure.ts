// Measurements of a built site, shared by the benchmark scripts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The kind of page a site path is, for per-type statistics. */
export function pageType(urlPath: string): string {
  if (urlPath === '/') return 'home';
  if (urlPath.endsWith('.html')) return 'not found';
  // Later pages of a paginated list (…/page/2/) are the same kind of page as its first.
  const parts = urlPath
    .replace(/page\/\d+\/$/, '')
    .split('/')
    .filter(Boolean);
  const [section, second] = parts;
  if (!second) return `${section} index`;
  if (section === 'certifications') return 'certification';
  if (section === 'compare') return second === 'overlap' ? 'overlap' : 'comparison';
  return section?.replace(/s$/, '') ?? 'other';
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const folderBytes = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
    const stat = statSync(path.join(dir, f));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);

export interface SiteMeasurements {
  pages: number;
  pagefindBytes: number;
  /** Gzipped HTML (with its inline CSS) per page type. */
  byType: Record<string, { count: number; medianGzipBytes: number; maxGzipBytes: number; maxPath: string }>;
}

/** Page count, Pagefind index size and gzipped bytes per page type of a dist/ folder. */
export function measureDist(dist: string): SiteMeasurements {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => {
      const html = readFileSync(path.join(dist, f), 'utf8');
      return {
        urlPath: `/${f.replace(/index\.html$/, '')}`,
        bytes: gzipSync(html, { level: 9 }).length,
        redirect: html.includes('http-equiv="refresh"'),
      };
    })
    .filter((p) => !p.redirect);
  const groups = new Map<string, typeof pages>();
  for (const page of pages) groups.set(pageType(page.urlPath), [...(groups.get(pageType(page.urlPath)) ?? []), page]);
  const byType: SiteMeasurements['byType'] = {};
  for (const [type, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const heaviest = group.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    byType[type] = {
      count: group.length,
      medianGzipBytes: median(group.map((p) => p.bytes)),
      maxGzipBytes: heaviest.bytes,
      maxPath: heaviest.urlPath,
    };
  }
  return { pages: pages.length, pagefindBytes: folderBytes(path.join(dist, 'pagefind')), byType };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
