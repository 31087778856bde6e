import type { Certification, ExamDomain, ExamFormat } from '../../../src/schemas/certification';
import type { Role } from '../../../src/schemas/role';
import { resolveCertification, type Cert } from '../../../src/lib/catalogue/catalogue';

/** The day logic tests describe, unless a test says otherwise. */
export const TEST_DAY = '2026-11-30';

/** What a test can set on a certification: any content field, plus shortcuts for its one version. */
export type CertOverrides = Partial<Certification> & {
  /** The version's exam code. */
  code?: string;
  /** Fields of the version's format, merged over the defaults. */
  format?: Partial<ExamFormat>;
  /** The version's domains. */
  domains?: ExamDomain[];
  /** Makes it retired (or retiring, before that day): the version's last day and an announced retirement. */
  lastDay?: string;
};

/** A certification's content for logic tests, with every required field filled and one current version. */
export function makeCertification(slug: string, overrides: CertOverrides = {}): Certification {
  const { code = 'TST-C01', format, lastDay, domains = [{ name: 'Everything', weight: 100 }], ...content } = overrides;
  const data: Certification = {
    title: `AWS Certified ${slug}`,
    shortName: slug,
    description: `A test certification called ${slug}.`,
    aliases: [],
    category: 'associate',
    focus: 'A certification used in tests.',
    roles: [],
    versions: [
      {
        code,
        availableFrom: '2024-01-15',
        ...(lastDay ? { lastDay } : {}),
        format: {
          minutes: 130,
          questions: { scored: 50, unscored: 15 },
          questionTypes: ['multiple-choice', 'multiple-response'],
          priceUsd: 150,
          passingScore: 720,
          languages: ['English'],
          delivery: ['test-centre', 'online-proctored'],
          ...format,
        },
        domains,
        sources: [
          { url: 'https://example.com/facts', confirms: 'all of it', origin: 'independent', asOf: '2026-11-01' },
        ],
        unverified: [],
        resources: (['exam-guide', 'sample-questions', 'documentation'] as const).map((kind) => ({
          kind,
          title: `The ${kind} of ${code}`,
          url: `https://docs.aws.amazon.com/${kind}/`,
          free: true,
          checked: '2026-11-01',
        })),
      },
    ],
    successors: [],
    alternatives: lastDay && !content.successors?.length ? ['somewhere-else'] : [],
    formerNames: [],
    coveredServices: [],
    recommendedExperience: 'One year of tests.',
    recommendedPrior: [],
    recertification: { renewedBy: [slug], contested: [], otherOptions: [] },
    links: { officialPage: 'https://example.com/' },
    sources: [{ url: 'https://example.com/facts', confirms: 'all of it', origin: 'independent', asOf: '2026-11-01' }],
    unverified: [],
    ...(lastDay
      ? {
          retirement: {
            sources: [
              {
                url: 'https://example.com/retired',
                confirms: 'the retirement',
                origin: 'independent',
                asOf: '2026-11-01',
              },
            ],
          },
        }
      : {}),
    ...content,
  };
  return data;
}

/** A certification as the pages see it on `today` (by default TEST_DAY). */
export function makeCert(slug: string, overrides: CertOverrides = {}, today: string = TEST_DAY): Cert {
  return resolveCertification(slug, makeCertification(slug, overrides), today);
}

export function makeRole(id: string, path: string[]): Role {
  return {
    id,
    name: id,
    description: `The ${id} role in tests.`,
    path: path.map((certification) => ({ certification, reason: 'Because the test says so.' })),
  };
}
