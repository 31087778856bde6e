import { describe, expect, it } from 'vitest';
import {
  commonComparisons,
  comparable,
  compare as compareComparables,
  compareDocument,
  comparisonLinks,
  comparisonPairs,
  parseCompareQuery,
} from '../../src/lib/tools/compare';
import type { Cert } from '../../src/lib/catalogue/catalogue';
import { makeCert, makeRole } from './helpers/certs';

const saa = makeCert('saa', {
  shortName: 'SAA',
  coveredServices: ['s3', 'vpc', 'ec2'],
  domains: [
    { name: 'Secure', weight: 30 },
    { name: 'Resilient', weight: 70 },
  ],
});
const dva = makeCert('dva', { shortName: 'DVA', coveredServices: ['s3', 'lambda'] });
const soa = makeCert('soa', { shortName: 'SOA', coveredServices: ['s3', 'ec2', 'cloudwatch'] });
const sap = makeCert('sap', {
  category: 'professional',
  shortName: 'SAP',
  coveredServices: ['vpc'],
  format: { priceUsd: 300 },
});
const dop = makeCert('dop', { category: 'professional', shortName: 'DOP', coveredServices: ['codepipeline'] });
const mls = makeCert('mls', { category: 'specialty', shortName: 'MLS', lastDay: '2026-03-31', successors: ['mla'] });
const mla = makeCert('mla', { shortName: 'MLA' });
const certs = [saa, dva, soa, sap, dop, mls, mla];
const compare = (chosen: Cert[]) => compareComparables(chosen.map(comparable));

describe('comparison of certifications', () => {
  it('finds shared services and the ones unique to each', () => {
    const result = compare([saa, dva]);
    expect(result.sharedServices).toEqual(['s3']);
    expect(result.uniqueServices).toEqual([['ec2', 'vpc'], ['lambda']]);
    const three = compare([saa, dva, soa]);
    expect(three.sharedServices).toEqual(['s3']);
    expect(three.uniqueServices).toEqual([['vpc'], ['lambda'], ['cloudwatch']]);
  });

  it('lines fact rows up by key, one cell per certification', () => {
    const result = compare([saa, sap]);
    const price = result.facts.find((f) => f.key === 'priceUsd');
    expect(price?.label).toBe('Price');
    expect(price?.cells.map((c) => c.value)).toEqual(['USD 150', 'USD 300']);
    expect(result.facts.every((f) => f.cells.length === 2)).toBe(true);
  });

  it('lists every domain name with each certification’s weight or nothing', () => {
    const result = compare([saa, dva]);
    expect(result.domains).toEqual([
      { name: 'Secure', weights: [30, undefined] },
      { name: 'Resilient', weights: [70, undefined] },
      { name: 'Everything', weights: [undefined, 100] },
    ]);
  });
});

describe('static comparison pages', () => {
  const roles = [makeRole('architect', ['saa', 'sap']), makeRole('devops', ['dva', 'dop'])];
  const pairs = comparisonPairs(certs, roles).map((p) => p.slug);

  it('pairs every two certifications in a tier once, in catalogue order', () => {
    expect(pairs).toContain('dva-vs-saa');
    expect(pairs).not.toContain('saa-vs-dva');
    expect(pairs).toContain('dop-vs-sap');
    expect(pairs).toContain('dva-vs-mla');
  });

  it('adds associate–professional pairs on one role path, and retired-to-successor or alternative pairs', () => {
    expect(pairs).toContain('saa-vs-sap');
    expect(pairs).toContain('dva-vs-dop');
    expect(pairs).not.toContain('saa-vs-dop');
    expect(pairs).toContain('mla-vs-mls');
  });

  it('has no duplicates and never pairs a certification with itself', () => {
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.every((p) => !/^(\w+)-vs-\1$/.test(p))).toBe(true);
  });

  it('links a certification to each of its pair pages', () => {
    const links = comparisonLinks(sap, comparisonPairs(certs, roles));
    expect(links.map((l) => l.href).sort()).toEqual(['/compare/dop-vs-sap/', '/compare/saa-vs-sap/']);
  });

  it('links a certification many others resemble only to the closest few, in catalogue order', () => {
    const near = (slug: string, services: string[]) => makeCert(slug, { shortName: slug, coveredServices: services });
    const hub = near('hub', ['s3', 'vpc', 'ec2', 'iam']);
    const others = [
      near('b-close', ['s3', 'vpc', 'ec2']),
      near('a-far', ['s3']),
      near('c-close', ['s3', 'vpc', 'ec2']),
    ];
    const pairs = others.map((other) => ({ a: hub, b: other, slug: `hub-vs-${other.slug}` }));
    expect(comparisonLinks(hub, pairs, 2).map((l) => l.other.slug)).toEqual(['b-close', 'c-close']);
    expect(comparisonLinks(hub, pairs)).toHaveLength(3);
  });
});

describe('reading ?c= from a compare URL', () => {
  const known = new Set(certs.map((c) => c.slug));

  it('accepts comma-separated and repeated values, trimmed and lower-cased, without duplicates', () => {
    expect(parseCompareQuery('?c=saa,%20DVA&c=saa', known)).toEqual({
      slugs: ['saa', 'dva'],
      unknown: [],
      truncated: false,
    });
  });

  it('reports unknown ids instead of crashing, and ignores empty ones', () => {
    expect(parseCompareQuery('c=saa,,nope,<script>', known)).toEqual({
      slugs: ['saa'],
      unknown: ['nope', '<script>'],
      truncated: false,
    });
    expect(parseCompareQuery('', known)).toEqual({ slugs: [], unknown: [], truncated: false });
  });

  it('keeps at most four and says so', () => {
    const result = parseCompareQuery('c=saa,dva,soa,sap,dop', known);
    expect(result.slugs).toEqual(['saa', 'dva', 'soa', 'sap']);
    expect(result.truncated).toBe(true);
  });

  it('caps what it echoes back from a hostile query', () => {
    const long = 'x'.repeat(500);
    expect(parseCompareQuery(`c=${long}`, known).unknown[0]?.length).toBe(60);
  });
});

describe('static comparison pages at scale', () => {
  it('grow linearly: each certification gets at most five same-category pages', async () => {
    const { MAX_CATEGORY_NEIGHBOURS } = await import('../../src/lib/tools/compare');
    const many = Array.from({ length: 60 }, (_, i) =>
      makeCert(`c${i}`, { coveredServices: [`s${i % 7}`, `s${i % 11}`] }),
    );
    const pairs = comparisonPairs(many, []);
    expect(pairs.length).toBeLessThanOrEqual(many.length * MAX_CATEGORY_NEIGHBOURS);
    expect(pairs.length).toBeGreaterThanOrEqual((many.length * MAX_CATEGORY_NEIGHBOURS) / 2);
  });
});

describe('the common comparisons of the compare page', () => {
  const roles = [makeRole('architect', ['saa', 'sap']), makeRole('devops', ['dva', 'dop'])];

  it('lists the pairs of exams one can book first, then those with a retired exam, each in catalogue order', () => {
    const { bookable, others } = commonComparisons(comparisonPairs(certs, roles));
    expect(bookable.length).toBeGreaterThan(0);
    expect(bookable.every((p) => p.a.status !== 'retired' && p.b.status !== 'retired')).toBe(true);
    expect(others.map((p) => p.slug)).toEqual(['mla-vs-mls']);
    // Associate pairs come before Professional ones, as in the catalogue.
    const firstProfessional = bookable.findIndex((p) => p.a.category === 'professional');
    expect(bookable.slice(0, firstProfessional).every((p) => p.a.category === 'associate')).toBe(true);
  });
});

describe('the compare page’s data', () => {
  it('carries each certification’s worded facts, outline and services, and the names of those services only', () => {
    const doc = compareDocument(
      [saa, dva],
      new Map([
        ['s3', 'Amazon S3'],
        ['iam', 'IAM'],
        ['lambda', 'AWS Lambda'],
      ]),
    );
    expect(doc.certifications.map((c) => c.slug)).toEqual(['saa', 'dva']);
    expect(doc.services).toEqual({ s3: 'Amazon S3', ec2: 'ec2', lambda: 'AWS Lambda', vpc: 'vpc' });
    const first = doc.certifications[0]!;
    expect(first.facts.find((f) => f.key === 'priceUsd')?.value).toBe('USD 150');
    expect(first.domains).toEqual([
      { name: 'Secure', weight: 30 },
      { name: 'Resilient', weight: 70 },
    ]);
    // What a comparison never shows stays out: sources, task statements, prose.
    expect(JSON.stringify(doc)).not.toMatch(/example\.com|tasks|focus/);
  });

  it('compares in the order given, the same from the data file as from the catalogue', () => {
    const fromData = compareComparables(compareDocument([dva, saa], new Map()).certifications);
    expect(fromData.certifications.map((c) => c.slug)).toEqual(['dva', 'saa']);
    expect(fromData).toEqual(compare([dva, saa]));
  });
});
