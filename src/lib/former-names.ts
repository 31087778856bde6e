import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Redirects from former-name slugs to current certification pages, read from the frontmatter of
 * content/certifications/*.mdx at config time (before collections load), e.g.
 * /certifications/sysops-administrator-associate/ → /certifications/cloudops-engineer-associate/.
 */
export function formerNameRedirects(certificationsDir: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const file of readdirSync(certificationsDir).filter((f) => f.endsWith('.mdx'))) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(certificationsDir, file), 'utf8'))?.[1];
    const data = frontmatter ? (parse(frontmatter) as { formerNames?: { slug?: unknown }[] } | null) : null;
    for (const former of data?.formerNames ?? []) {
      if (typeof former.slug === 'string') {
        redirects[`/certifications/${former.slug}/`] = `/certifications/${path.basename(file, '.mdx')}/`;
      }
    }
  }
  return redirects;
}
