import { z } from 'astro/zod';
import { httpsUrlSchema, slugSchema } from './common.ts';

/** The groups the service registry sorts AWS services into. */
export const serviceCategories = [
  'analytics',
  'application-integration',
  'compute',
  'containers',
  'cost-management',
  'database',
  'developer-tools',
  'machine-learning',
  'management-governance',
  'migration',
  'networking',
  'security-identity',
  'storage',
] as const;

/** One AWS service in the registry (content/services.yaml) that certifications point at. */
export const serviceSchema = z.strictObject({
  /** Stable id used in URLs and in a certification's `coveredServices`, e.g. `amazon-dynamodb`. */
  id: slugSchema,
  /** The service's current official name, e.g. "Amazon DynamoDB". */
  name: z.string().min(2),
  /** Other names readers search for: short forms and former names, e.g. ["Kinesis Data Firehose"]. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The registry group the service belongs to. */
  category: z.enum(serviceCategories, {
    error: (issue) => `expected one of ${serviceCategories.join(', ')}, found ${JSON.stringify(issue.input)}`,
  }),
  /** The service's documentation home on docs.aws.amazon.com. */
  docsUrl: httpsUrlSchema,
});

export type Service = z.infer<typeof serviceSchema>;
export type ServiceCategory = (typeof serviceCategories)[number];
