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
import type { z } from 'astro/zod';
import { yamlLoader, type YamlShape } from './build/yaml-loader';

const byId = { list: { key: 'id' } } as const;

/** A collection read from one YAML file by our loader, which checks each entry against the schema itself. */
const yamlCollection = <T extends z.ZodType>(file: string, shape: YamlShape, schema: T) =>
  defineCollection({ loader: yamlLoader(file, shape, schema), schema });

/** Collections and loaders only: the rules live in src/schemas, cross-entry checks in src/build/content-rules/. */
export const collections = {
  certifications: defineCollection({
    loader: glob({ base: './content/certifications', pattern: '*.mdx' }),
    schema: certificationSchema,
  }),
  guides: defineCollection({
    loader: glob({ base: './content/guides', pattern: '*.mdx' }),
    schema: guideSchema,
  }),
  services: yamlCollection('content/services.yaml', byId, serviceSchema),
  roles: yamlCollection('content/roles.yaml', byId, roleSchema),
  changes: yamlCollection('content/changes.yaml', byId, changeSchema),
  categories: yamlCollection('content/categories.yaml', byId, categorySchema),
  // One entry, `programme`: the rules every exam shares (validity, voucher, retakes, standard fees).
  programme: yamlCollection('content/programme.yaml', { single: { id: 'programme' } }, programmeSchema),
  // One entry, `rules`: how the path finder applies the role paths.
  pathFinder: yamlCollection('content/path-finder.yaml', { single: { id: 'rules' } }, pathFinderRulesSchema),
  // A host is its own id.
  blockedHosts: yamlCollection('content/blocked-hosts.yaml', { list: { key: 'host' } }, blockedHostSchema),
};
