import { z } from 'astro/zod';
import { certificationSchema } from './certification';
import { slugSchema } from './common';

/** One certification as published in the open data: its content fields plus its slug. */
export const publishedCertificationSchema = certificationSchema.safeExtend({
  /** The certification's stable id, also its page address: /certifications/<slug>/. */
  slug: slugSchema,
});

/** The document at /data/certifications.json. */
export const certificationsDocumentSchema = z.strictObject({
  /** Version of this data format (semantic versioning). */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The day the site was built. */
  generatedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The licence of the data, as an SPDX identifier. */
  licence: z.string(),
  /** Every certification, current and retired. */
  certifications: z.array(publishedCertificationSchema),
});

/** The JSON Schema (draft 2020-12) of /data/certifications.json, generated from the zod schema. */
export function certificationsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(certificationsDocumentSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: '/data/certifications.schema.json',
    title: 'AWS Certification Guide: certifications',
  };
}
