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
} from './content-rules/index.ts';
import type { z } from 'astro/zod';
import { readYaml, withLines } from './yaml-loader.ts';
import { rootRoutes } from '../lib/site/routes.ts';
import { frontmatterAndBody } from './frontmatter.ts';

/**
 * Everything in a content folder (by default ./content), validated; problems name the file, line and field. Optional
 * files (changes, guides, blocked hosts) may be missing, as in the test fixtures.
 */
export function readContent(contentDir = 'content'): { input: CatalogueInput; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const rel = (file: string) => path.relative('.', file);

  /** Parses a file's YAML; a syntax error becomes a problem (with its line) and the file reads as nothing. */
  const parsed = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };

  const readYamlList = <T>(name: string, schema: Parameters<typeof parseEntry>[0]): T[] => {
    const file = path.join(contentDir, name);
    if (!existsSync(file)) return [];
    const yaml = parsed(() => readYaml(rel(file)));
    if (!yaml) return [];
    const items = (yaml.data ?? []) as unknown[];
    problems.push(
      ...withLines(duplicateIdProblems(rel(file), items, name === 'blocked-hosts.yaml' ? 'host' : 'id'), yaml),
    );
    return items.flatMap((item, i) => {
      const result = parseEntry(schema, rel(file), item);
      problems.push(
        ...withLines(
          result.problems.map((p) => ({ ...p, field: `${i}.${p.field}` })),
          yaml,
        ),
      );
      return result.data === undefined ? [] : [result.data as T];
    });
  };
  /** Every .mdx file of a folder whose frontmatter parses, checked against its schema. */
  const readMdx = <T extends z.ZodType>(dir: string, schema: T) =>
    (existsSync(path.join(contentDir, dir)) ? readdirSync(path.join(contentDir, dir)) : [])
      .filter((name) => name.endsWith('.mdx'))
      .sort()
      .flatMap((name) => {
        const file = rel(path.join(contentDir, dir, name));
        const read = parsed(() => frontmatterAndBody(readFileSync(file, 'utf8'), file));
        if (!read) return [];
        const result = parseEntry(schema, file, read.data);
        problems.push(...(read.yaml ? withLines(result.problems, read.yaml) : result.problems));
        return result.data === undefined
          ? []
          : [{ slug: path.basename(name, '.mdx'), file, data: result.data as z.output<T>, body: read.body }];
      });

  const certifications = readMdx('certifications', certificationSchema);
  const otherFiles = readMdx('guides', guideSchema).map(({ file, data, body }) => ({ file, data, body }));
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
  const { input, problems } = readContent(contentDir);
  // The config reads the content first: a broken file stops the build here, with the same message (file, line,
  // field) the collections would give.
  if (problems.length > 0) throw new ContentError(problems);
  const redirects: Record<string, string> = {};
  for (const { slug, data } of input.certifications) {
    for (const former of data.formerNames) {
      if (former.slug) redirects[rootRoutes.certification(former.slug)] = rootRoutes.certification(slug);
    }
  }
  return redirects;
}
