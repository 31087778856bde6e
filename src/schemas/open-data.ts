import { z } from 'astro/zod';
import { isCalendarDay } from '../lib/catalogue/lifecycle-dates.ts';
import { certificationSchema, examVersionSchema } from './certification.ts';
import { slugSchema } from './common.ts';
import { statuses, versionPhases } from './enums.ts';

const codeOrNull = z.string().nullable();

/** One certification as published in the open data: its content fields, its slug, and its state on the build day. */
export const publishedCertificationSchema = certificationSchema.safeExtend({
  /** The certification's stable id, also its page address: /certifications/<slug>/. */
  slug: slugSchema,
  /** Where it stands on the build day (generatedOn), computed from its versions' dates. */
  status: z.enum(statuses),
  /** The exam code a reader would book on the build day, or null when nothing can be booked. */
  currentVersion: codeOrNull,
  /** A newer version announced but not yet the standard exam, or null. */
  nextVersion: codeOrNull,
  /** The date the newest dated evidence behind the entry reflects, or null when every source is undated. */
  lastVerified: codeOrNull,
  /** Every exam version, newest first, with its lifecycle dates, format and phase on the build day. */
  versions: z.array(
    examVersionSchema.safeExtend({
      /** Where this version stands on the build day. */
      phase: z.enum(versionPhases),
    }),
  ),
});

/** The document at /data/certifications.json. */
export const certificationsDocumentSchema = z.strictObject({
  /** Version of this data format (semantic versioning). */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The day the data describes: the build date, or SOURCE_DATE_EPOCH's day. */
  generatedOn: z.string().refine(isCalendarDay),
  /** The licence of the data, as an SPDX identifier. */
  licence: z.string(),
  /** Every certification, current and retired. */
  certifications: z.array(publishedCertificationSchema),
});

/** The JSON Schema (draft 2020-12) of /data/certifications.json, generated from the zod schema; `id` is its address. */
export function certificationsJsonSchema(id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(certificationsDocumentSchema, { io: 'output', target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: id,
    title: 'AWS Certification Guide: certifications',
  };
}
