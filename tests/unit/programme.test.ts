import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblems, parseEntry, standardFeeProblems } from '../../src/build/content-rules';
import { planFees } from '../../src/lib/tools/planner';
import { feePlanClause, programmeFact } from '../../src/lib/catalogue/programme';
import { programmeSchema, type Programme } from '../../src/schemas/programme';

const FILE = 'content/programme.yaml';
const raw = parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
const programme = programmeSchema.parse(raw);
const withChanges = (edit: (copy: Programme) => void): Programme => {
  const copy = structuredClone(programme);
  edit(copy);
  return copy;
};

describe('the programme file (content/programme.yaml)', () => {
  it('is valid, and every rule has a source', () => {
    expect(parseEntry(programmeSchema, FILE, raw).problems).toEqual([]);
    for (const rule of [programme.validity, programme.voucher, programme.retake, programme.standardFees]) {
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });

  it('rejects a malformed file with the file, the field, what was expected and what was found', () => {
    const broken = structuredClone(raw) as { validity: Record<string, unknown>; voucher: Record<string, unknown> };
    broken.validity['years'] = 'three';
    delete broken.voucher['percentOff'];
    const message = formatProblems(parseEntry(programmeSchema, FILE, broken).problems);
    expect(message).toContain(`${FILE} › validity.years: expected number, found "three"`);
    expect(message).toContain(`${FILE} › voucher.percentOff: expected number, found nothing (the field is missing)`);
  });

  it('rejects a category given two fees', () => {
    const twice = structuredClone(raw) as { standardFees: { byCategory: unknown[] } };
    twice.standardFees.byCategory.push({ category: 'associate', usd: 175 });
    expect(formatProblems(parseEntry(programmeSchema, FILE, twice).problems)).toMatch(
      /standardFees\.byCategory: expected each category once/,
    );
  });
});

describe('programme figures in prose', () => {
  const figures = withChanges((p) => {
    p.validity.years = 3;
    p.voucher.percentOff = 50;
    p.retake.waitDays = 14;
    p.retake.afterPassYears = 2;
    p.standardFees.byCategory = [{ category: 'associate', usd: 150 }];
  });

  it('reads each figure the way a sentence needs it', () => {
    expect(programmeFact(figures, 'validity')).toBe('three years');
    expect(programmeFact(figures, 'voucher')).toBe('50%');
    expect(programmeFact(figures, 'retakeWait')).toBe('14 days');
    expect(programmeFact(figures, 'afterPass')).toBe('two years');
    expect(programmeFact(figures, 'fee:associate')).toBe('USD 150');
  });

  it('follows the file when a figure changes, and refuses a fee the file does not give', () => {
    expect(
      programmeFact(
        withChanges((p) => (p.validity.years = 1)),
        'validity',
      ),
    ).toBe('one year');
    expect(() => programmeFact(figures, 'fee:specialty')).toThrow(/no standard fee for "specialty"/);
  });

  it('spells out what a sequence of exams costs with the voucher', () => {
    const plan = planFees(
      [
        { slug: 'clf', priceUsd: 100, retake: false },
        { slug: 'saa', priceUsd: 150, retake: true },
      ],
      50,
    );
    expect(feePlanClause(plan)).toBe(
      'USD 100, then USD 75 with the voucher, then USD 150 for a retake: USD 325 in all',
    );
  });
});

describe('each exam’s standard fee and its category’s fee in the programme file', () => {
  const certifications = async () =>
    (await getCollection('certifications')).map((e) => ({
      slug: e.id,
      file: `content/certifications/${e.id}.mdx`,
      data: e.data,
    }));

  it('agree across the real catalogue', async () => {
    expect(
      standardFeeProblems({ certifications: await certifications(), services: [], roles: [], programme }, FILE),
    ).toEqual([]);
  });

  it('disagree loudly when one of them changes, naming the exam, the version and both figures', async () => {
    const certs = await certifications();
    const raised = withChanges((p) => {
      const associate = p.standardFees.byCategory.find((f) => f.category === 'associate');
      if (associate) associate.usd = 175;
    });
    const problems = standardFeeProblems({ certifications: certs, services: [], roles: [], programme: raised }, FILE);
    const associatesPriced = certs.flatMap((c) =>
      c.data.category === 'associate' ? c.data.versions.filter((v) => v.format.priceUsd !== undefined) : [],
    );
    expect(problems).toHaveLength(associatesPriced.length);
    expect(formatProblems(problems)).toContain(
      'content/certifications/solutions-architect-associate.mdx › versions.0.format.priceUsd: expected the standard fee of associate exams in content/programme.yaml (USD 175), found USD 150',
    );
  });
});
