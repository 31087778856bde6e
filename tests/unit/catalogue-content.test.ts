import { getCollection } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, formatProblems } from '../../src/lib/catalog-checks';
import { fingerprint, sentencesOf } from './helpers/sentences';

const certEntries = await getCollection('certifications');
const services = (await getCollection('services')).map((e) => e.data);
const roles = (await getCollection('roles')).map((e) => e.data);
const changes = (await getCollection('changes')).map((e) => e.data);
const certs = certEntries.map((e) => ({ ...e.data, slug: e.id }));
const bySlug = new Map(certs.map((c) => [c.slug, c]));

const expectedSlugs = [
  'cloud-practitioner',
  'ai-practitioner',
  'solutions-architect-associate',
  'developer-associate',
  'cloudops-engineer-associate',
  'data-engineer-associate',
  'machine-learning-engineer-associate',
  'solutions-architect-professional',
  'devops-engineer-professional',
  'generative-ai-developer-professional',
  'advanced-networking-specialty',
  'security-specialty',
  'machine-learning-specialty',
  'data-analytics-specialty',
  'database-specialty',
  'sap-on-aws-specialty',
];

describe('the catalogue', () => {
  it('has exactly the sixteen certification families, under their stable slugs', () => {
    expect(certs.map((c) => c.slug).sort()).toEqual([...expectedSlugs].sort());
  });

  it('passes every cross-entry check (services, roles, successors, prerequisites, renewals, changes, codes)', () => {
    const problems = checkCatalogue({
      certifications: certEntries.map((e) => ({ slug: e.id, file: e.filePath ?? e.id, data: e.data })),
      services,
      roles,
      changes,
    });
    expect(formatProblems(problems)).toBe('');
  });

  it.each(certs.filter((c) => c.status !== 'retired').map((c) => [c.slug, c] as const))(
    '%s (active) has every exam fact, 10+ services, sources and a lastVerified date',
    (_slug, cert) => {
      expect(cert.domains.reduce((sum, d) => sum + d.weight, 0)).toBe(100);
      expect(cert.coveredServices.length).toBeGreaterThanOrEqual(10);
      expect(new Set(cert.coveredServices).size).toBe(cert.coveredServices.length);
      expect(cert.sources.length).toBeGreaterThanOrEqual(1);
      expect(cert.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(cert.exam.minutes).toBeGreaterThan(0);
      expect(cert.exam.questions.scored).toBeGreaterThan(0);
      expect(cert.exam.questionTypes.length).toBeGreaterThan(0);
      expect(cert.exam.priceUsd).toBeGreaterThan(0);
      expect(cert.exam.delivery.length).toBeGreaterThan(0);
      // A missing language list is allowed only when the entry flags it as unverified.
      const flagged = cert.unverified.some((u) => u.fact === 'exam.languages');
      expect(cert.exam.languages.length > 0 || flagged).toBe(true);
    },
  );

  it('covers every service in the registry with at least one certification', () => {
    const covered = new Set(certs.flatMap((c) => c.coveredServices));
    expect(services.map((s) => s.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('uses every exam code once, across current and earlier codes', () => {
    const codes = certs.flatMap((c) => [c.examCode, ...c.earlierCodes]);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it('keeps retired certifications out of every role path', () => {
    const retiredOnPaths = roles.flatMap((r) =>
      r.path
        .filter((step) => bySlug.get(step.certification)?.status === 'retired')
        .map((s) => `${r.id}: ${s.certification}`),
    );
    expect(retiredOnPaths).toEqual([]);
  });

  it('tells readers of every retired certification where to go now, and when it went', () => {
    for (const cert of certs.filter((c) => c.status === 'retired')) {
      expect(cert.retiredOn, cert.slug).toBeTruthy();
      expect(cert.successors.length, cert.slug).toBeGreaterThan(0);
      for (const successor of cert.successors)
        expect(bySlug.get(successor)?.status, `${cert.slug} → ${successor}`).not.toBe('retired');
    }
  });

  it('keeps the SysOps name findable: the CloudOps entry records its former name and old slug', () => {
    const cloudops = bySlug.get('cloudops-engineer-associate');
    expect(cloudops?.earlierCodes).toContain('SOA-C02');
    expect(cloudops?.formerNames.map((f) => f.slug)).toContain('sysops-administrator-associate');
  });

  it('has the ten roles, each with a path of known certifications', () => {
    expect(roles.map((r) => r.id).sort()).toEqual(
      [
        'newcomer',
        'solutions-architect',
        'software-developer',
        'operations-engineer',
        'devops-engineer',
        'data-engineer',
        'machine-learning-engineer',
        'generative-ai-developer',
        'security-engineer',
        'network-engineer',
      ].sort(),
    );
  });
});

describe('our own words', () => {
  const seedFile = path.resolve('../shared/seed/aws-certifications-article.txt');
  const fingerprintsFile = 'tests/fixtures/seed-sentence-fingerprints.json';
  const seedFingerprints = new Set(JSON.parse(readFileSync(fingerprintsFile, 'utf8')) as string[]);

  it('never repeats a sentence of the seed article anywhere in content/', () => {
    expect(seedFingerprints.size).toBeGreaterThan(20);
    // Where the seed article sits beside the repository (as in CI), the kept fingerprints must match it.
    if (existsSync(seedFile)) {
      const fromSeed = [...new Set(sentencesOf(readFileSync(seedFile, 'utf8')).map(fingerprint))].sort();
      expect(fromSeed).toEqual([...seedFingerprints].sort());
    }
    const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx|md|yaml)$/.test(f))
      .map((f) => path.join('content', f));
    expect(files.length).toBeGreaterThan(16);
    const copied = files.flatMap((file) =>
      sentencesOf(readFileSync(file, 'utf8'))
        .filter((s) => seedFingerprints.has(fingerprint(s)))
        .map((s) => `${file}: ${s}`),
    );
    expect(copied).toEqual([]);
  });

  it('catches a copied sentence even with changed case and punctuation', () => {
    const probe = 'This is the entry point.'; // not from the seed: proves the matcher on a known fingerprint
    const fingerprints = new Set(sentencesOf('Foo bar: this is the entry point for everyone here.').map(fingerprint));
    expect(
      sentencesOf(`  THIS IS THE ENTRY POINT FOR EVERYONE, HERE!`).some((s) => fingerprints.has(fingerprint(s))),
    ).toBe(true);
    expect(sentencesOf(probe).some((s) => fingerprints.has(fingerprint(s)))).toBe(false);
  });
});
