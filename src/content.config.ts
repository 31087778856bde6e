import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { certificationSchema } from './schemas/certification';
import { changeSchema } from './schemas/change';
import { guideSchema } from './schemas/guide';
import { roleSchema } from './schemas/role';
import { serviceSchema } from './schemas/service';
import { tierSchema } from './schemas/tier';

/** Collections and loaders only: the rules live in src/schemas, cross-entry checks in src/lib/catalog-checks.ts. */
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
  tiers: defineCollection({ loader: file('content/tiers.yaml'), schema: tierSchema }),
};
