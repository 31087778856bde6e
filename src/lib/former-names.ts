import { readCertificationFiles } from './frontmatter.ts';

/**
 * Redirects from former-name slugs to current certification pages, read from the frontmatter of
 * content/certifications/*.mdx at config time (before collections load), e.g.
 * /certifications/sysops-administrator-associate/ → /certifications/cloudops-engineer-associate/.
 */
export function formerNameRedirects(certificationsDir: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const { slug, data } of readCertificationFiles(certificationsDir)) {
    const formerNames = (data as { formerNames?: { slug?: unknown }[] } | null)?.formerNames ?? [];
    for (const former of formerNames) {
      if (typeof former.slug === 'string') redirects[`/certifications/${former.slug}/`] = `/certifications/${slug}/`;
    }
  }
  return redirects;
}
