import { describe, expect, it } from 'vitest';
import { closestByOverlap, overlapBand, overlapMatrix } from '../../src/lib/tools/overlap';
import {
  addYears,
  bestRenewal,
  feeSummary,
  firstExamDay,
  heldVoucher,
  heldVoucherChecks,
  mergeFormState,
  parsePlannerQuery,
  planFees,
  plannerQueryString,
  renewalCalendar,
  studySchedule,
  type PlannerState,
} from '../../src/lib/tools/planner';
import { isCalendarDay } from '../../src/lib/catalogue/lifecycle-dates';
import { certificationsDocument, certsFromDocument, plannerDocument } from '../../src/lib/catalogue/open-data';
import { renderPlannerResult } from '../../src/views/planner';
import { textFaults, visibleLines } from '../helpers/visible-text';
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
      { costUsd: 150, voucher: true, voucherFrom: 'saa' },
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
    expect(plan.lines[1]?.attempts).toEqual([{ costUsd: undefined, voucher: true, voucherFrom: 'clf' }]);
    expect(plan.totalUsd).toBe(250);
    expect(plan.listPriceUsd).toBe(400);
    expect(plan.unpriced).toEqual(['sap-c03']);
  });
});

describe('fee totals that never hide an unknown fee', () => {
  const codeOf = (slug: string) => slug.toUpperCase();

  it('names the exam whose fee is unpublished and totals the rest, never as the total', () => {
    const plan = planFees(
      [
        { slug: 'sap-c03', priceUsd: undefined, retake: false },
        { slug: 'dop-c02', priceUsd: 300, retake: false },
      ],
      50,
    );
    const summary = feeSummary(plan, codeOf);
    expect(summary.headline).toBe('USD 150 + the fee of SAP-C03');
    expect(summary.headline).not.toMatch(/^Total/);
    expect(summary.detail).toBe(
      'USD 150 for the exams with a published fee (USD 300 at list price without vouchers); SAP-C03’s fee is not yet published, so the full cost is USD 150 plus that fee.',
    );
  });

  it('gives no total at all when no planned exam has a published fee (never "USD 0")', () => {
    const summary = feeSummary(planFees([{ slug: 'sap-c03', priceUsd: undefined, retake: false }], 50), codeOf);
    expect(summary).toEqual({
      headline: 'Total not known yet',
      detail: 'SAP-C03’s fee is not yet published, so the plan has no total yet.',
    });
    expect(`${summary.headline} ${summary.detail}`).not.toContain('USD 0');
  });

  it('names every unpublished fee', () => {
    const plan = planFees(
      [
        { slug: 'a', priceUsd: undefined, retake: false },
        { slug: 'b', priceUsd: 100, retake: false },
        { slug: 'c', priceUsd: undefined, retake: false },
      ],
      50,
    );
    expect(feeSummary(plan, codeOf).headline).toBe('USD 50 + the fees of A and C');
  });

  it('reads as a plain total when every fee is known', () => {
    const plan = planFees([{ slug: 'clf', priceUsd: 100, retake: false }], 50);
    expect(feeSummary(plan, codeOf)).toEqual({
      headline: 'Total: USD 100',
      detail: '(USD 100 at list price without vouchers).',
    });
  });
});

describe('the voucher a held certification earned', () => {
  const never = () => false;

  it('pays for the first exam while the held certification is still valid on that day', () => {
    const checks = heldVoucherChecks([{ slug: 'saa', earnedOn: '2025-03-10' }], never, 3, '2026-12-07');
    expect(checks).toEqual([{ slug: 'saa', usable: true, expiresOn: '2028-03-10' }]);
    const plan = planFees(
      [
        { slug: 'sap', priceUsd: 300, retake: false },
        { slug: 'dop', priceUsd: 300, retake: false },
      ],
      50,
      heldVoucher(checks, [{ slug: 'saa', earnedOn: '2025-03-10' }]),
    );
    expect(plan.lines[0]?.attempts).toEqual([{ costUsd: 150, voucher: true, voucherFrom: 'saa' }]);
    // The next exam uses the voucher of the planned pass before it, so the plan still has one voucher at a time.
    expect(plan.lines[1]?.attempts).toEqual([{ costUsd: 150, voucher: true, voucherFrom: 'sap' }]);
    expect(plan.totalUsd).toBe(300);
    expect(plan.listPriceUsd).toBe(600);
  });

  it('earns nothing usable once the held certification has expired by the day of the first exam', () => {
    const held = [{ slug: 'dva', earnedOn: '2023-06-01' }];
    const onExamDay = heldVoucherChecks(held, never, 3, '2026-06-01');
    expect(onExamDay).toEqual([{ slug: 'dva', usable: false, reason: 'expired', expiresOn: '2026-06-01' }]);
    expect(heldVoucher(onExamDay, held)).toBeUndefined();
    // The day before it expires, it still counts.
    expect(heldVoucher(heldVoucherChecks(held, never, 3, '2026-05-31'), held)).toBe('dva');
    const plan = planFees([{ slug: 'sap', priceUsd: 300, retake: false }], 50, heldVoucher(onExamDay, held));
    expect(plan.totalUsd).toBe(300);
  });

  it('counts nothing from a retired certification or one held without the day it was earned', () => {
    const held = [
      { slug: 'das', earnedOn: '2024-01-10' },
      { slug: 'clf', earnedOn: undefined },
    ];
    const checks = heldVoucherChecks(held, (slug) => slug === 'das', 3, '2026-12-07');
    expect(checks).toEqual([
      { slug: 'das', usable: false, reason: 'retired', expiresOn: '2027-01-10' },
      { slug: 'clf', usable: false, reason: 'undated' },
    ]);
    expect(heldVoucher(checks, held)).toBeUndefined();
  });

  it('counts one voucher, from the certification earned last, when several are valid', () => {
    const held = [
      { slug: 'clf', earnedOn: '2024-02-01' },
      { slug: 'saa', earnedOn: '2025-09-01' },
    ];
    expect(heldVoucher(heldVoucherChecks(held, never, 3, '2026-12-07'), held)).toBe('saa');
  });

  it('judges validity on the day of the first exam when the reader gave one, else today', () => {
    expect(firstExamDay({ plan: ['sap', 'dop'], examDates: [{ slug: 'sap', on: '2027-05-01' }] }, '2026-12-07')).toBe(
      '2027-05-01',
    );
    expect(firstExamDay({ plan: ['sap', 'dop'], examDates: [{ slug: 'dop', on: '2027-05-01' }] }, '2026-12-07')).toBe(
      '2026-12-07',
    );
  });

  it('with an unpublished fee too: the voucher still goes to that exam and the rest is totalled', () => {
    const held = [{ slug: 'saa', earnedOn: '2025-03-10' }];
    const plan = planFees(
      [
        { slug: 'sap-c03', priceUsd: undefined, retake: false },
        { slug: 'dop-c02', priceUsd: 300, retake: false },
      ],
      50,
      heldVoucher(
        heldVoucherChecks(held, () => false, 3, '2026-12-07'),
        held,
      ),
    );
    expect(plan.lines[0]?.attempts).toEqual([{ costUsd: undefined, voucher: true, voucherFrom: 'saa' }]);
    expect(feeSummary(plan, (slug) => slug.toUpperCase()).headline).toBe('USD 150 + the fee of SAP-C03');
  });
});

describe('the planner’s result as a reader sees it', () => {
  const saa = makeCert('saa', { code: 'SAA-C03' });
  const sap = makeCert('sap', { code: 'SAP-C03', category: 'professional', format: { priceUsd: undefined } });
  const dop = makeCert('dop', { code: 'DOP-C02', category: 'professional', format: { priceUsd: 300 } });
  const das = makeCert('das', {
    code: 'DAS-C01',
    category: 'specialty',
    lastDay: '2024-04',
    format: { priceUsd: 300 },
  });
  const certs = [saa, sap, dop, das];
  const state = (over: Partial<PlannerState>): PlannerState => ({
    plan: [],
    examDates: [],
    retakes: [],
    studyHours: undefined,
    hoursPerWeek: undefined,
    held: [],
    ...over,
  });
  const lines = (s: PlannerState) =>
    visibleLines(
      renderPlannerResult({
        state: s,
        bySlug: new Map(certs.map((c) => [c.slug, c])),
        certs,
        today: '2026-12-07',
        prepare: {},
        programme: { validityYears: 3, voucherPercentOff: 50 },
        calendar: undefined,
      }).value,
    );

  it('shows the expiry, the voucher from the held certification, the unknown fee named and the rest totalled', () => {
    const text = lines(state({ plan: ['sap', 'dop'], held: [{ slug: 'saa', earnedOn: '2025-03-10' }] }));
    expect(text).toContain(
      'Your saa is still valid today (until 10 March 2028), so the 50% voucher its pass earned pays for sap, your first exam.',
    );
    const rows = text.join('\n');
    expect(rows).toContain('sap\nfirst: fee not yet published, less the 50% voucher from saa\nNot yet published');
    expect(rows).toContain('dop\nfirst: USD 150 with the 50% voucher from sap\nUSD 150');
    expect(rows).toContain(
      'USD 150 + the fee of SAP-C03\nUSD 150 for the exams with a published fee (USD 300 at list price without vouchers); SAP-C03’s fee is not yet published, so the full cost is USD 150 plus that fee.',
    );
    expect(rows).not.toMatch(/Total: USD 0/);
    expect(rows).toContain('saa\n10 March 2025\n10 March 2028');
    expect(textFaults(text)).toEqual([]);
  });

  it('says why a held certification earns no voucher: expired, retired, or no earned day', () => {
    const text = lines(
      state({
        plan: ['dop'],
        held: [
          { slug: 'saa', earnedOn: '2023-01-05' },
          { slug: 'das', earnedOn: '2024-03-01' },
        ],
      }),
    );
    expect(text.join(' ')).toContain('saa expired on 5 January 2026, so its voucher can no longer be used.');
    expect(text.join(' ')).toContain('das is retired, so we count no voucher from it.');
    expect(text).toContain('Total: USD 300');
    expect(text.join('\n')).toContain('saa\n5 January 2023\nExpired on 5 January 2026');
    const undated = lines(state({ plan: ['dop'], held: [{ slug: 'saa', earnedOn: undefined }] }));
    expect(undated.join(' ')).toContain('Give the day you earned saa to count its voucher');
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
    // Solutions Architect – Associate renews both, as Professional would: its own exam comes first.
    const result = bestRenewal(['cloud-practitioner', 'solutions-architect-associate'], certs);
    expect(result?.exam.slug).toBe('solutions-architect-associate');
    expect(result?.renews.map((c) => c.slug).sort()).toEqual(['cloud-practitioner', 'solutions-architect-associate']);
    // Holding both an Associate and its Professional, the Professional renews both.
    const both = bestRenewal(['solutions-architect-associate', 'solutions-architect-professional'], certs);
    expect(both?.exam.slug).toBe('solutions-architect-professional');
    expect(bestRenewal(['data-engineer-associate'], certs)?.exam.slug).toBe('data-engineer-associate');
    expect(bestRenewal([], certs)).toBeUndefined();
  });

  it('on a tie, suggests the certification’s own exam over a higher one that renews it just as well', () => {
    const dva = makeCert('dva', { recertification: { renewedBy: ['dva', 'dop'], contested: [], otherOptions: [] } });
    const dop = makeCert('dop', { category: 'professional' });
    expect(bestRenewal(['dva'], [dva, dop])?.exam.slug).toBe('dva');
    expect(bestRenewal(['dva', 'dop'], [dva, dop])?.exam.slug).toBe('dop');
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
