import type { Cert } from '../../../src/lib/catalog';
import type { Role } from '../../../src/schemas/role';

/** A certification for logic tests, with every required field filled; override what the test is about. */
export function makeCert(slug: string, overrides: Partial<Cert> = {}): Cert {
  return {
    slug,
    title: `AWS Certified ${slug}`,
    shortName: slug,
    description: `A test certification called ${slug}.`,
    aliases: [],
    examCode: 'TST-C01',
    earlierCodes: [],
    tier: 'associate',
    status: 'active',
    successors: [],
    formerNames: [],
    focus: 'A certification used in tests.',
    roles: [],
    exam: {
      minutes: 130,
      questions: { scored: 50, unscored: 15 },
      questionTypes: ['multiple-choice', 'multiple-response'],
      priceUsd: 150,
      passingScore: 720,
      languages: ['English'],
      delivery: ['test-centre', 'online-proctored'],
    },
    domains: [{ name: 'Everything', weight: 100 }],
    coveredServices: [],
    recommendedExperience: 'One year of tests.',
    recommendedPrior: [],
    recertification: { renewedBy: [slug], otherOptions: [] },
    links: { officialPage: 'https://example.com/' },
    sources: [{ url: 'https://example.com/facts', confirms: 'all of it', official: false }],
    lastVerified: '2026-11-01',
    unverified: [],
    ...overrides,
  };
}

export function makeRole(id: string, path: string[]): Role {
  return {
    id,
    name: id,
    description: `The ${id} role in tests.`,
    path: path.map((certification) => ({ certification, reason: 'Because the test says so.' })),
  };
}
