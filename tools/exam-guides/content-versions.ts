/* The catalogue as the guide-drift check sees it: the exam versions whose content names an AWS guide. */
import type { Certification } from '../../src/schemas/certification.ts';
import type { ContentVersion } from './compare.ts';

/** A certification as src/build/read-content.ts returns it. */
interface CertificationEntry {
  slug: string;
  data: Certification;
}

/** Every version that names a guide (guide.url), newest first within each certification, as the check compares it. */
export function versionsToCheck(certifications: readonly CertificationEntry[]): ContentVersion[] {
  return certifications.flatMap(({ slug, data }) =>
    data.versions.flatMap((version): ContentVersion[] =>
      version.guide
        ? [
            {
              slug,
              certification: data.shortName,
              code: version.code,
              guideUrl: version.guide.url,
              format: version.format,
              domains: version.domains,
              conflicts: version.conflicts ?? [],
              versions: data.versions,
            },
          ]
        : [],
    ),
  );
}

/** Every version the content records, with its guide's address when it names one. */
export const catalogueVersions = (certifications: readonly CertificationEntry[]) =>
  certifications.flatMap(({ data }) => data.versions.map((v) => ({ code: v.code, guideUrl: v.guide?.url })));
