import { describe, expect, it } from 'vitest';
import { closestByOverlap, overlapBand, overlapMatrix } from '../../src/lib/overlap';
import {
  addYears,
  bestRenewal,
  mergeFormState,
  isCalendarDay,
  parsePlannerQuery,
  planFees,
  plannerQueryString,
  renewalCalendar,
  studySchedule,
} from '../../src/lib/planner';
import { certificationsDocument, certsFromDocument, plannerDocument } from '../../src/lib/open-data';
import { realCatalogue } from './helpers/catalogue';
import { makeCert, TEST_DAY } from './helpers/certs';

describe('exam fees', () => {
  it('charges the first exam in full and halves each later first sitting with the voucher from the previous pass', () => {
    const plan = planFees(
      [
        { slug: 'clf', priceUsd: 100, retake: false },
        { slug: 'saa', priceUsd: 150, retake: false },
        { slug: 'sap', priceUsd: 300, retake: false },
      ],
      50,
    );
    expect(plan.lines.map((l) => l.subtotalUsd)).toEqual([100, 75, 150]);
    expect(plan.totalUsd).toBe(325);
    expect(plan.listPriceUsd).toBe(550);
  });

  it('budgets a retake at the full fee, after a first sitting that used the voucher', () => {
    const plan = planFees(
      [
        { slug: 'saa', priceUsd: 150, retake: true },
        { slug: 'sap', priceUsd: 300, retake: true },
      ],
      50,
    );
    expect(plan.lines[0]?.attempts).toEqual([
      { costUsd: 150, voucher: false },
      { costUsd: 150, voucher: false },
    ]);
    expect(plan.lines[1]?.attempts).toEqual([
      { costUsd: 150, voucher: true },
      { costUsd: 300, voucher: false },
    ]);
    expect(plan.totalUsd).toBe(750);
  });

  it('takes the voucher share the programme file gives, not a fixed half', () => {
    const plan = planFees(
      [
        { slug: 'clf', priceUsd: 100, retake: false },
        { slug: 'saa', priceUsd: 150, retake: false },
      ],
      20,
    );
    expect(plan.lines.map((l) => l.subtotalUsd)).toEqual([100, 120]);
  });

  it('costs nothing for an empty plan', () => {
    expect(planFees([], 50)).toEqual({ lines: [], totalUsd: 0, listPriceUsd: 0, unpriced: [] });
  });

  it('keeps an exam whose price is not yet published out of the totals, but lets it use and pass on the voucher', () => {
    const plan = planFees(
      [
        { slug: 'clf', priceUsd: 100, retake: false },
        { slug: 'sap-c03', priceUsd: undefined, retake: false },
        { slug: 'dop', priceUsd: 300, retake: false },
      ],
      50,
    );
    expect(plan.lines.map((l) => l.subtotalUsd)).toEqual([100, undefined, 150]);
    expect(plan.lines[1]?.attempts).toEqual([{ costUsd: undefined, voucher: true }]);
    expect(plan.totalUsd).toBe(250);
    expect(plan.listPriceUsd).toBe(400);
    expect(plan.unpriced).toEqual(['sap-c03']);
  });
});

describe('study schedule', () => {
  it('studies one exam at a time, rounding weeks up', () => {
    expect(studySchedule(['a', 'b'], 45, 10)).toEqual([
      { slug: 'a', startWeek: 1, weeks: 5 },
      { slug: 'b', startWeek: 6, weeks: 5 },
    ]);
  });
  it('needs positive hours', () => {
    expect(studySchedule(['a'], 40, 0)).toBeUndefined();
    expect(studySchedule(['a'], Number.NaN, 5)).toBeUndefined();
  });
});

describe('renewals', () => {
  it('expires each certification three years after it was earned, soonest first', () => {
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(
      renewalCalendar(
        [
          { slug: 'b', earnedOn: '2025-06-01' },
          { slug: 'a', earnedOn: '2024-01-15' },
        ],
        3,
      ),
    ).toEqual([
      { slug: 'a', earnedOn: '2024-01-15', expiresOn: '2027-01-15' },
      { slug: 'b', earnedOn: '2025-06-01', expiresOn: '2028-06-01' },
    ]);
  });

  it('finds the single exam that renews the most of what the reader holds (real recertification data)', async () => {
    const { certs } = await realCatalogue();
    const result = bestRenewal(['cloud-practitioner', 'solutions-architect-associate'], certs);
    expect(result?.exam.slug).toBe('solutions-architect-professional');
    expect(result?.renews.map((c) => c.slug).sort()).toEqual(['cloud-practitioner', 'solutions-architect-associate']);
    expect(bestRenewal(['data-engineer-associate'], certs)?.exam.slug).toBe('data-engineer-associate');
    expect(bestRenewal([], certs)).toBeUndefined();
  });

  it('never suggests renewing through a retired exam', () => {
    const retired = makeCert('old', { lastDay: '2024-04', successors: ['new'] });
    const active = makeCert('new', {});
    expect(bestRenewal(['old'], [retired, active])).toBeUndefined();
  });
});

describe('dates a reader types', () => {
  it('accepts only real calendar days', () => {
    expect(isCalendarDay('2026-02-28')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const bad of ['2024-13-45', '2026-02-30', '2026-2-3', '30/11/2026', '', undefined]) {
      expect(isCalendarDay(bad), String(bad)).toBe(false);
    }
  });
});

describe('planner URL state', () => {
  const known = new Set(['clf', 'saa', 'sap']);
  it('round-trips a plan, retakes, hours and held certifications with dates', () => {
    const query = '?c=clf,saa:2027-03-01&retake=saa&study=40&hours=8&held=sap:2024-05-01';
    const state = parsePlannerQuery(query, known);
    expect(state).toEqual({
      plan: ['clf', 'saa'],
      examDates: [{ slug: 'saa', on: '2027-03-01' }],
      retakes: ['saa'],
      studyHours: 40,
      hoursPerWeek: 8,
      held: [{ slug: 'sap', earnedOn: '2024-05-01' }],
    });
    expect(plannerQueryString(state)).toBe(query);
  });
  it('drops unknown slugs, retakes outside the plan, bad numbers and bad dates', () => {
    expect(
      parsePlannerQuery('c=clf:2024-13-45,nope&retake=sap&study=-3&hours=abc&held=saa:yesterday,ghost', known),
    ).toEqual({
      plan: ['clf'],
      examDates: [],
      retakes: [],
      studyHours: undefined,
      hoursPerWeek: undefined,
      held: [{ slug: 'saa', earnedOn: undefined }],
    });
  });
  it('keeps exams in the order they were added when the form changes', () => {
    const previous = parsePlannerQuery('c=sap,clf', known);
    const ticked = parsePlannerQuery('c=clf,saa,sap', known);
    expect(mergeFormState(previous, ticked, known).plan).toEqual(['sap', 'clf', 'saa']);
  });
  it('keeps what a link named beyond the rows a long catalogue’s form lists, and drops what was unticked', () => {
    const previous = parsePlannerQuery('c=sap,clf&retake=sap&held=saa:2024-05-01', known);
    const ticked = parsePlannerQuery('c=&held=', known);
    const listed = new Set(['clf', 'saa']);
    expect(mergeFormState(previous, ticked, listed)).toEqual({
      plan: ['sap'],
      examDates: [],
      retakes: ['sap'],
      studyHours: undefined,
      hoursPerWeek: undefined,
      held: [],
    });
  });
});

describe('service overlap', () => {
  const certs = [
    makeCert('a', { coveredServices: ['s3', 'ec2', 'vpc'] }),
    makeCert('b', { coveredServices: ['s3', 'lambda'] }),
    makeCert('c', { coveredServices: ['iam'] }),
  ];
  const matrix = overlapMatrix(certs);

  it('is 100% on the diagonal and symmetric', () => {
    certs.forEach((_, i) => expect(matrix[i]?.[i]?.percent).toBe(100));
    certs.forEach((_, i) => certs.forEach((__, j) => expect(matrix[i]?.[j]).toEqual(matrix[j]?.[i])));
  });

  it('is shared over union', () => {
    expect(matrix[0]?.[1]).toEqual({ shared: 1, union: 4, percent: 25 });
    expect(matrix[0]?.[2]?.percent).toBe(0);
    expect(overlapBand(25)).toBe(1);
    expect(overlapBand(100)).toBe(4);
  });

  it('lists each certification’s closest neighbours, most overlap first, never itself', () => {
    const near = closestByOverlap(certs, 1);
    expect(near.map((n) => [n.cert.slug, n.closest.map((c) => `${c.cert.slug} ${c.percent}%`)])).toEqual([
      ['a', ['b 25%']],
      ['b', ['a 25%']],
      ['c', ['a 0%']],
    ]);
  });

  it('is symmetric over the real catalogue too', async () => {
    const { certs: real } = await realCatalogue();
    const m = overlapMatrix(real);
    real.forEach((_, i) => real.forEach((__, j) => expect(m[i]?.[j]?.percent).toBe(m[j]?.[i]?.percent)));
  });
});

describe('the planner’s data', () => {
  it('drops what the planner never reads, and keeps what its fees, dates and renewals need', async () => {
    const { certs } = await realCatalogue();
    const full = certificationsDocument(certs, TEST_DAY);
    const slim = plannerDocument(certs, TEST_DAY, {}, { validityYears: 3, voucherPercentOff: 50 });
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(full).length / 2);
    expect(slim.certifications.flatMap((c) => c.versions.filter((v) => v.domains || v.resources.length))).toEqual([]);
    const fromSlim = certsFromDocument(slim);
    const fromFull = certsFromDocument(full);
    const facts = (list: typeof fromFull) =>
      list.map((c) => [
        c.slug,
        c.status,
        c.examCode,
        c.exam.format.priceUsd,
        c.recertification.renewedBy,
        c.current?.version.lastDay,
      ]);
    expect(facts(fromSlim)).toEqual(facts(fromFull));
    const plan = certs.slice(0, 3).map((c) => c.slug);
    const renewal = (list: typeof fromFull) => {
      const best = bestRenewal(plan, list);
      return best && [best.exam.slug, best.renews.map((c) => c.slug)];
    };
    expect(renewal(fromSlim)).toEqual(renewal(fromFull));
  });
});
