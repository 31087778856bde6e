import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { blockedHostSchema } from './schemas/blocked-host';
import { categorySchema } from './schemas/category';
import { certificationSchema } from './schemas/certification';
import { changeSchema } from './schemas/change';
import { guideSchema } from './schemas/guide';
import { pathFinderRulesSchema } from './schemas/path-finder';
import { programmeSchema } from './schemas/programme';
import { roleSchema } from './schemas/role';
import { serviceSchema } from './schemas/service';
import { yamlLoader } from './node/yaml-loader';

const byId = { list: { key: 'id' } } as const;

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
  services: defineCollection({ loader: yamlLoader('content/services.yaml', byId), schema: serviceSchema }),
  roles: defineCollection({ loader: yamlLoader('content/roles.yaml', byId), schema: roleSchema }),
  changes: defineCollection({ loader: yamlLoader('content/changes.yaml', byId), schema: changeSchema }),
  categories: defineCollection({ loader: yamlLoader('content/categories.yaml', byId), schema: categorySchema }),
  // One entry, `programme`: the rules every exam shares (validity, voucher, retakes, standard fees).
  programme: defineCollection({
    loader: yamlLoader('content/programme.yaml', { single: { id: 'programme' } }),
    schema: programmeSchema,
  }),
  // One entry, `rules`: how the path finder applies the role paths.
  pathFinder: defineCollection({
    loader: yamlLoader('content/path-finder.yaml', { single: { id: 'rules' } }),
    schema: pathFinderRulesSchema,
  }),
  // A host is its own id.
  blockedHosts: defineCollection({
    loader: yamlLoader('content/blocked-hosts.yaml', { list: { key: 'host' } }),
    schema: blockedHostSchema,
  }),
};
