import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as yamlParse } from 'yaml';
import { blockedHostSchema } from './schemas/blocked-host';
import { categorySchema } from './schemas/category';
import { certificationSchema } from './schemas/certification';
import { changeSchema } from './schemas/change';
import { guideSchema } from './schemas/guide';
import { pathFinderRulesSchema } from './schemas/path-finder';
import { programmeSchema } from './schemas/programme';
import { roleSchema } from './schemas/role';
import { serviceSchema } from './schemas/service';

/** Collections and loaders only: the rules live in src/schemas, cross-entry checks in src/lib/catalogue-checks.ts. */
export const collections = {
  certifications: defineCollection({
    loader: glob({ base: './content/certifications', pattern: '*.mdx' }),
    schema: certificationSchema,
  }),
  guides: defineCollection({
    loader: glob({ base: './content/guides', pattern: '*.mdx' }),
    schema: guideSchema,
  }),
  services: defineCollection({ loader: file('content/services.yaml'), schema: serviceSchema }),
  roles: defineCollection({ loader: file('content/roles.yaml'), schema: roleSchema }),
  changes: defineCollection({ loader: file('content/changes.yaml'), schema: changeSchema }),
  categories: defineCollection({ loader: file('content/categories.yaml'), schema: categorySchema }),
  // One entry, `programme`: the rules every exam shares (validity, voucher, retakes, standard fees).
  programme: defineCollection({
    loader: file('content/programme.yaml', {
      parser: (text) => ({ programme: yamlParse(text) as Record<string, unknown> }),
    }),
    schema: programmeSchema,
  }),
  // One entry, `rules`: how the path finder applies the role paths.
  pathFinder: defineCollection({
    loader: file('content/path-finder.yaml', {
      parser: (text) => ({ rules: yamlParse(text) as Record<string, unknown> }),
    }),
    schema: pathFinderRulesSchema,
  }),
  blockedHosts: defineCollection({
    loader: file('content/blocked-hosts.yaml', { parser: (text) => parseHosts(text) }),
    schema: blockedHostSchema,
  }),
};

/** The file loader needs an id per entry; a host is its own id. */
function parseHosts(text: string): Record<string, unknown>[] {
  return (yamlParse(text) as { host?: unknown }[]).map((entry) => ({ id: String(entry.host), ...entry }));
}
