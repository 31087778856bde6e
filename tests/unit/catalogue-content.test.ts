import { getCollection } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCertification } from '../../src/lib/catalogue/catalogue';
import { checkCatalogue, checkStateOn, formatProblems } from '../../src/build/content-rules';
import {
  evidenceAgeDays,
  formatFreshnessIssues,
  freshnessIssues,
  FRESHNESS_BUDGET_DAYS,
} from '../../src/lib/catalogue/freshness';
import { buildTimeline, transitionDays } from '../../src/lib/changes/timeline';
import { formerNameRedirects } from '../../src/build/read-content';
import { TEST_DAY } from './helpers/certs';
import { fingerprint, sentencesOf } from './helpers/sentences';

const certEntries = await getCollection('certifications');
const services = (await getCollection('services')).map((e) => e.data);
const roles = (await getCollection('roles')).map((e) => e.data);
const changes = (await getCollection('changes')).map((e) => e.data);
const blockedHosts = (await getCollection('blockedHosts')).map((e) => e.data);
const input = {
  certifications: certEntries.map((e) => ({ slug: e.id, file: e.filePath ?? e.id, data: e.data, body: e.body })),
  services,
  roles,
  changes,
  blockedHosts,
};
const certs = certEntries.map((e) => resolveCertification(e.id, e.data, TEST_DAY));
const events = buildTimeline(input.certifications, changes, new Map(certs.map((c) => [c.slug, c])), TEST_DAY);

describe('the catalogue', () => {
  it('passes every cross-entry check, and the state checks on the test day', () => {
    expect(formatProblems([...checkCatalogue(input), ...checkStateOn(input, TEST_DAY)])).toBe('');
  });

  it('still passes the state checks on every coming transition day, so no scheduled rebuild fails', () => {
    const days = transitionDays(events, TEST_DAY);
    expect(days.length).toBeGreaterThan(0);
    expect(days.flatMap((day) => checkStateOn(input, day).map((p) => `${day}: ${p.field}: ${p.message}`))).toEqual([]);
  });

  it.each(certs.filter((c) => c.status !== 'retired' && c.category !== 'business').map((c) => [c.slug, c] as const))(
    '%s (bookable) covers 10 or more distinct services from the registry',
    (_slug, cert) => {
      expect(cert.coveredServices.length).toBeGreaterThanOrEqual(10);
      expect(new Set(cert.coveredServices).size).toBe(cert.coveredServices.length);
    },
  );

  it.each(certs.filter((c) => c.status !== 'retired').map((c) => [c.slug, c] as const))(
    '%s (bookable) rests on dated evidence no older than 180 days on the test day',
    (_slug, cert) => {
      expect(cert.lastVerified).toBeDefined();
      expect(evidenceAgeDays(cert.lastVerified ?? '1970', TEST_DAY)).toBeLessThanOrEqual(FRESHNESS_BUDGET_DAYS);
    },
  );

  it('covers every service in the registry with at least one certification', () => {
    const covered = new Set(certs.flatMap((c) => c.coveredServices));
    expect(services.map((s) => s.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('keeps every renamed certification findable: each former slug is a redirect to its page', () => {
    const redirects = formerNameRedirects('content');
    for (const cert of certs)
      for (const former of cert.formerNames.filter((f) => f.slug))
        expect(redirects[`/certifications/${former.slug}/`]).toBe(`/certifications/${cert.slug}/`);
  });

  it('finds nothing that needs a person on the test day', () => {
    expect(
      formatFreshnessIssues(
        freshnessIssues(
          certs.map((c) => ({ slug: c.slug, data: c, status: c.status, lastVerified: c.lastVerified })),
          TEST_DAY,
        ),
      ),
    ).toEqual([]);
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
    const fingerprints = new Set(sentencesOf('Foo bar: this is the entry point for everyone here.').map(fingerprint));
    expect(
      sentencesOf(`  THIS IS THE ENTRY POINT FOR EVERYONE, HERE!`).some((s) => fingerprints.has(fingerprint(s))),
    ).toBe(true);
    // A sentence long enough to be compared (one word changed) does not match: the matcher is not "anything".
    const rewritten = sentencesOf('This is the entry point for nobody here.');
    expect(rewritten).toHaveLength(1);
    expect(rewritten.some((s) => fingerprints.has(fingerprint(s)))).toBe(false);
  });
});
