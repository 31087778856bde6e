/*
 * The content read straight from disk and validated with the same schemas and checks as the site build, for tools
 * that run outside Astro: the config (redirects for former names) and the maintenance scripts (freshness).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { blockedHostSchema } from '../schemas/blocked-host.ts';
import { certificationSchema } from '../schemas/certification.ts';
import { changeSchema } from '../schemas/change.ts';
import { guideSchema } from '../schemas/guide.ts';
import { roleSchema } from '../schemas/role.ts';
import { serviceSchema } from '../schemas/service.ts';
import {
  ContentError,
  duplicateIdProblems,
  parseEntry,
  type CatalogueInput,
  type ContentProblem,
} from '../lib/catalogue-checks.ts';
import { readYaml } from './yaml-loader.ts';
import { rootRoutes } from '../lib/routes.ts';
import { frontmatterAndBody } from './frontmatter.ts';

/**
 * Everything in a content folder (by default ./content), validated; problems name the file and the field. Optional
 * files (changes, guides, blocked hosts) may be missing, as in the test fixtures.
 */
export function readContent(contentDir = 'content'): { input: CatalogueInput; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative('.', file);

  const readYamlList = <T>(name: string, schema: Parameters<typeof parseEntry>[0]): T[] => {
    const file = path.join(contentDir, name);
    if (!existsSync(file)) return [];
    let items: unknown[];
    try {
      items = (readYaml(rel(file)) ?? []) as unknown[];
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return [];
    }
    problems.push(...duplicateIdProblems(rel(file), items, name === 'blocked-hosts.yaml' ? 'host' : 'id'));
    return items.flatMap((item, i) => {
      const result = parseEntry(schema, rel(file), item);
      problems.push(...result.problems.map((p) => ({ ...p, field: `${i}.${p.field}` })));
      return result.data === undefined ? [] : [result.data as T];
    });
  };
  const readMdx = (dir: string) =>
    (existsSync(path.join(contentDir, dir)) ? readdirSync(path.join(contentDir, dir)) : [])
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .map((name) => {
        const file = path.join(contentDir, dir, name);
        return {
          slug: path.basename(name, '.mdx'),
          file: rel(file),
          ...frontmatterAndBody(readFileSync(file, 'utf8')),
        };
      });

  const certifications = readMdx('certifications').flatMap(({ slug, file, data, body }) => {
    const result = parseEntry(certificationSchema, file, data);
    problems.push(...result.problems);
    return result.data ? [{ slug, file, data: result.data, body }] : [];
  });
  const otherFiles = readMdx('guides').flatMap(({ file, data, body }) => {
    const result = parseEntry(guideSchema, file, data);
    problems.push(...result.problems);
    return result.data ? [{ file, data: result.data, body }] : [];
  });
  const input: CatalogueInput = {
    certifications,
    services: readYamlList('services.yaml', serviceSchema),
    roles: readYamlList('roles.yaml', roleSchema),
    changes: readYamlList('changes.yaml', changeSchema),
    blockedHosts: readYamlList('blocked-hosts.yaml', blockedHostSchema),
    otherFiles,
  };
  return { input, problems };
}

/**
 * Redirects from former-name slugs to current certification pages, e.g.
 * /certifications/sysops-administrator-associate/ → /certifications/cloudops-engineer-associate/.
 */
export function formerNameRedirects(contentDir = 'content'): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const { slug, data } of readContent(contentDir).input.certifications) {
    for (const former of data.formerNames) {
      if (former.slug) redirects[rootRoutes.certification(former.slug)] = rootRoutes.certification(slug);
    }
  }
  return redirects;
}
